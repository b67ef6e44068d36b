import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { CreateVpcForm } from './create-vpc-form.tsx';

interface CreateVpcButtonProps {
  regionId: string;
  onCreated: (vpcId: string) => void;
}

/** "Create VPC" and its dialog. */
export function CreateVpcButton({ regionId, onCreated }: CreateVpcButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button onClick={open}>Create VPC</Button>
      <Modal opened={opened} onClose={close} title="Create VPC" size="lg" centered>
        {opened && (
          <CreateVpcForm
            regionId={regionId}
            onCancel={close}
            onCreated={(vpcId) => {
              close();
              onCreated(vpcId);
            }}
          />
        )}
      </Modal>
    </>
  );
}
