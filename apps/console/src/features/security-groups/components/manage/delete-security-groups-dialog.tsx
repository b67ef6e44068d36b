import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { deletionCheckQuery } from '../../api/security-group-check-queries.ts';
import { useDeleteSecurityGroups } from '../../api/use-delete-security-groups.ts';
import { useForceDeleteSecurityGroup } from '../../api/use-force-delete-security-group.ts';
import { DeletionCheckItem } from './deletion-check-item.tsx';

export interface GroupToDelete {
  SecurityGroupId: string;
  SecurityGroupName: string;
}

interface DeleteSecurityGroupsDialogProps {
  regionId: string;
  /** The groups to delete; the dialog is open while there are any. */
  groups: GroupToDelete[];
  onClose: () => void;
  /** Called with the IDs of deleted groups; after a force-delete the dialog stays open for the others. */
  onDeleted: (groupIds: string[]) => void;
}

/** "Delete Security Group": each group Deletable or Undeletable with what holds it; OK deletes the deletable. */
export function DeleteSecurityGroupsDialog({ regionId, groups, onClose, onDeleted }: DeleteSecurityGroupsDialogProps) {
  return (
    <Modal opened={groups.length > 0} onClose={onClose} title="Delete Security Group" centered size="lg">
      <DeleteSecurityGroupsBody regionId={regionId} groups={groups} onClose={onClose} onDeleted={onDeleted} />
    </Modal>
  );
}

function DeleteSecurityGroupsBody({ regionId, groups, onClose, onDeleted }: DeleteSecurityGroupsDialogProps) {
  const engine = useEngine();
  const checks = useQueries({
    queries: groups.map((g) => deletionCheckQuery(engine, regionId, g.SecurityGroupId)),
  });
  const remove = useDeleteSecurityGroups();
  const forceDelete = useForceDeleteSecurityGroup();
  const deletable = groups.filter((_, i) => checks[i]?.data?.dependencies.Deletable);
  const isChecking = checks.some((c) => c.isPending);
  const handleDelete = () =>
    remove.mutate(
      { RegionId: regionId, SecurityGroupIds: deletable.map((g) => g.SecurityGroupId) },
      {
        onSuccess: (ids) => {
          onDeleted(ids);
          onClose();
        },
      },
    );
  const handleForceDelete = (SecurityGroupId: string) =>
    forceDelete.mutate({ RegionId: regionId, SecurityGroupId }, { onSuccess: () => onDeleted([SecurityGroupId]) });
  return (
    <Stack>
      <Text size="sm">
        Deleting a security group is an irreversible operation and permanently removes all rules in the security group.
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Security groups to delete">
        {groups.map((g, i) => (
          <DeletionCheckItem
            key={g.SecurityGroupId}
            group={g}
            check={checks[i]?.data}
            error={checks[i]?.error}
            isForceDeleting={forceDelete.isPending && forceDelete.variables.SecurityGroupId === g.SecurityGroupId}
            onForceDelete={() => handleForceDelete(g.SecurityGroupId)}
          />
        ))}
      </Stack>
      {!isChecking && deletable.length < groups.length && deletable.length > 0 && (
        <Text size="sm" c="dimmed">
          OK deletes the {deletable.length} deletable security group{deletable.length === 1 ? '' : 's'}.
        </Text>
      )}
      {remove.error && <ApiError error={remove.error} title="Could not delete the security groups" />}
      {forceDelete.error && <ApiError error={forceDelete.error} title="Could not force-delete the security group" />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          color="red"
          onClick={handleDelete}
          loading={remove.isPending}
          disabled={isChecking || deletable.length === 0 || forceDelete.isPending}
        >
          OK
        </Button>
      </Group>
    </Stack>
  );
}
