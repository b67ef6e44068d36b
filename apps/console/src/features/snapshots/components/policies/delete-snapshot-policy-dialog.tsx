import { Text } from '@mantine/core';
import type { SnapshotPolicyView } from '@sg/engine';
import { ApiError } from '../../../../components/api-error.tsx';
import { ConfirmDialog } from '../../../../components/confirm-dialog.tsx';
import { useDeleteSnapshotPolicy } from '../../api/use-delete-snapshot-policy.ts';

interface DeleteSnapshotPolicyDialogProps {
  policy: SnapshotPolicyView | null;
  onClose: () => void;
}

/** "Delete", confirmed: the groups are no longer backed up by this policy; taken snapshots stay until they expire. */
export function DeleteSnapshotPolicyDialog({ policy, onClose }: DeleteSnapshotPolicyDialogProps) {
  const remove = useDeleteSnapshotPolicy();
  const handleClose = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={policy !== null}
      title="Delete Snapshot Policy"
      confirmLabel="Delete"
      isDanger
      isLoading={remove.isPending}
      onConfirm={() =>
        policy &&
        remove.mutate(
          { RegionId: policy.RegionId, SnapshotPolicyId: policy.SnapshotPolicyId },
          { onSuccess: handleClose },
        )
      }
      onClose={handleClose}
    >
      <Text size="sm">
        Delete the snapshot policy <b>{policy?.SnapshotPolicyName}</b> ({policy?.SnapshotPolicyId})? Its{' '}
        {policy?.SecurityGroupCount ?? 0} associated security group(s) are no longer backed up by it. Snapshots already
        taken are kept until they expire.
      </Text>
      {remove.error && <ApiError error={remove.error} title="The snapshot policy was not deleted" />}
    </ConfirmDialog>
  );
}
