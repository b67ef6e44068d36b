import { Center, Loader, Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { SecurityGroupTemplate } from '@sg/engine';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { vpcListQuery } from '../../../../lib/vpc-queries.ts';
import { CreateSecurityGroupForm } from './create-security-group-form.tsx';

interface CreateSecurityGroupDialogProps {
  regionId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (groupId: string, template: SecurityGroupTemplate) => void;
}

/** The Create Security Group dialog; the form starts once the region's VPCs are known. */
export function CreateSecurityGroupDialog({ regionId, opened, onClose, onCreated }: CreateSecurityGroupDialogProps) {
  const engine = useEngine();
  const vpcs = useQuery({ ...vpcListQuery(engine, regionId), enabled: opened });
  return (
    <Modal opened={opened} onClose={onClose} title="Create Security Group" size="xl" centered>
      {vpcs.isPending ? (
        <Center py="xl">
          <Loader size="sm" aria-label="Loading VPCs" />
        </Center>
      ) : vpcs.error ? (
        <ApiError error={vpcs.error} title="Could not load the VPCs" />
      ) : (
        <CreateSecurityGroupForm regionId={regionId} vpcs={vpcs.data} onCancel={onClose} onCreated={onCreated} />
      )}
    </Modal>
  );
}
