import { VpcFormModal } from '../../../../components/vpc-form-modal.tsx';
import { CreateSecurityGroupForm } from './create-security-group-form.tsx';

interface CreateSecurityGroupDialogProps {
  regionId: string;
  opened: boolean;
  onClose: () => void;
  /** `inboundRules`: how many inbound rules the group was created with. */
  onCreated: (groupId: string, inboundRules: number) => void;
}

/** The Create Security Group dialog, wide enough for rule rows; the form starts once the region's VPCs are known. */
export function CreateSecurityGroupDialog({ regionId, opened, onClose, onCreated }: CreateSecurityGroupDialogProps) {
  return (
    <VpcFormModal title="Create Security Group" regionId={regionId} opened={opened} onClose={onClose} size={1100}>
      {(vpcs) => <CreateSecurityGroupForm regionId={regionId} vpcs={vpcs} onCancel={onClose} onCreated={onCreated} />}
    </VpcFormModal>
  );
}
