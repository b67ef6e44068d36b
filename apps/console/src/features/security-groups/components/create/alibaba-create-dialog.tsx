import { VpcFormModal } from '../../../../components/vpc-form-modal.tsx';
import type { CreateGroupDialogProps } from './create-group-dialog-props.ts';
import { AlibabaCreateForm } from './alibaba-create-form.tsx';

/**
 * Alibaba Cloud's Create Security Group dialog, wide enough for rule rows; the form starts once the region's VPCs
 * are known.
 */
export function AlibabaCreateDialog({ regionId, opened, onClose, onCreated }: CreateGroupDialogProps) {
  return (
    <VpcFormModal title="Create Security Group" regionId={regionId} opened={opened} onClose={onClose} size={1100}>
      {(vpcs) => <AlibabaCreateForm regionId={regionId} vpcs={vpcs} onCancel={onClose} onCreated={onCreated} />}
    </VpcFormModal>
  );
}
