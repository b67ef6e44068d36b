import { Center, Loader, Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { vpcListQuery } from '../../../../lib/vpc-queries.ts';
import { CreateInstanceForm } from './create-instance-form.tsx';

interface CreateInstanceDialogProps {
  regionId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (instanceIds: string[]) => void;
}

/** The Create Instance dialog; the form starts once the region's VPCs are known. */
export function CreateInstanceDialog({ regionId, opened, onClose, onCreated }: CreateInstanceDialogProps) {
  const engine = useEngine();
  const vpcs = useQuery({ ...vpcListQuery(engine, regionId), enabled: opened });
  return (
    <Modal opened={opened} onClose={onClose} title="Create Instance" size="xl" centered>
      {vpcs.isPending ? (
        <Center py="xl">
          <Loader size="sm" aria-label="Loading VPCs" />
        </Center>
      ) : vpcs.error ? (
        <ApiError error={vpcs.error} title="Could not load the VPCs" />
      ) : (
        <CreateInstanceForm regionId={regionId} vpcs={vpcs.data} onCancel={onClose} onCreated={onCreated} />
      )}
    </Modal>
  );
}
