import { Button } from '@mantine/core';
import { useState } from 'react';
import { VpcFormModal } from '../../../../components/vpc-form-modal.tsx';
import { CreateNetworkInterfaceForm } from './create-network-interface-form.tsx';

interface CreateNetworkInterfaceButtonProps {
  regionId: string;
  onCreated: (networkInterfaceId: string) => void;
}

/** Opens the Create Network Interface dialog; the form starts once the region's VPCs are known. */
export function CreateNetworkInterfaceButton({ regionId, onCreated }: CreateNetworkInterfaceButtonProps) {
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>Create Network Interface</Button>
      <VpcFormModal title="Create Network Interface" regionId={regionId} opened={opened} onClose={close}>
        {(vpcs) => (
          <CreateNetworkInterfaceForm
            regionId={regionId}
            vpcs={vpcs}
            onCancel={close}
            onCreated={(id) => {
              close();
              onCreated(id);
            }}
          />
        )}
      </VpcFormModal>
    </>
  );
}
