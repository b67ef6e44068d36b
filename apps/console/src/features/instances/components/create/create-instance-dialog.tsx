import { VpcFormModal } from '../../../../components/vpc-form-modal.tsx';
import { CreateInstanceForm } from './create-instance-form.tsx';

interface CreateInstanceDialogProps {
  regionId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (instanceIds: string[]) => void;
}

/** The Create Instance dialog; the form starts once the region's VPCs are known. */
export function CreateInstanceDialog({ regionId, opened, onClose, onCreated }: CreateInstanceDialogProps) {
  return (
    <VpcFormModal title="Create Instance" regionId={regionId} opened={opened} onClose={onClose}>
      {(vpcs) => <CreateInstanceForm regionId={regionId} vpcs={vpcs} onCancel={onClose} onCreated={onCreated} />}
    </VpcFormModal>
  );
}
