import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCloudWords } from '../../../views/cloud-words.ts';
import { CreateVpcForm } from './create-vpc-form.tsx';

interface CreateVpcButtonProps {
  regionId: string;
  onCreated: (vpcId: string) => void;
}

/** "Create VPC" (JD's "Create Virtual Private Cloud", seed 003) and its dialog. */
export function CreateVpcButton({ regionId, onCreated }: CreateVpcButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const { createVpcLink } = useCloudWords();
  return (
    <>
      <Button onClick={open}>{createVpcLink}</Button>
      <Modal opened={opened} onClose={close} title={createVpcLink} size="lg" centered>
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
