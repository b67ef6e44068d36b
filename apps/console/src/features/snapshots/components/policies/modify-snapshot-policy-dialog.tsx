import { Modal } from '@mantine/core';
import type { SnapshotPolicyView } from '@sg/engine';
import { useModifySnapshotPolicy } from '../../api/use-modify-snapshot-policy.ts';
import { SnapshotPolicyForm } from './snapshot-policy-form.tsx';
import { valuesOfPolicy } from './use-snapshot-policy-form.ts';

interface ModifySnapshotPolicyDialogProps {
  /** The policy to modify; the dialog is open while there is one. */
  policy: SnapshotPolicyView | null;
  onClose: () => void;
}

/** "Modify": the same fields as Create; a new retention applies to the policy's existing snapshots too. */
export function ModifySnapshotPolicyDialog({ policy, onClose }: ModifySnapshotPolicyDialogProps) {
  const modify = useModifySnapshotPolicy();
  const handleClose = () => {
    modify.reset();
    onClose();
  };
  return (
    <Modal opened={policy !== null} onClose={handleClose} title="Modify Snapshot Policy" size="lg" centered>
      {policy && (
        <SnapshotPolicyForm
          key={policy.SnapshotPolicyId}
          initialValues={valuesOfPolicy(policy)}
          isModify
          isPending={modify.isPending}
          error={modify.error}
          submit={(params) =>
            modify
              .mutateAsync({ RegionId: policy.RegionId, SnapshotPolicyId: policy.SnapshotPolicyId, ...params })
              .then(handleClose)
          }
          onCancel={handleClose}
        />
      )}
    </Modal>
  );
}
