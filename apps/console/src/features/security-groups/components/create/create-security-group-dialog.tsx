import type { SecurityGroupTemplate } from '@sg/engine/forms';
import { VpcFormModal } from '../../../../components/vpc-form-modal.tsx';
import { CreateSecurityGroupForm } from './create-security-group-form.tsx';

interface CreateSecurityGroupDialogProps {
  regionId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (groupId: string, template: SecurityGroupTemplate) => void;
}

/** The Create Security Group dialog; the form starts once the region's VPCs are known. */
export function CreateSecurityGroupDialog({ regionId, opened, onClose, onCreated }: CreateSecurityGroupDialogProps) {
  return (
    <VpcFormModal title="Create Security Group" regionId={regionId} opened={opened} onClose={onClose}>
      {(vpcs) => <CreateSecurityGroupForm regionId={regionId} vpcs={vpcs} onCancel={onClose} onCreated={onCreated} />}
    </VpcFormModal>
  );
}
