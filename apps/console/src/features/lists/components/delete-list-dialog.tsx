import { Anchor, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../../components/api-error.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { associatedRulesQuery } from '../../../queries/list-queries.ts';
import type { ListKind, ListSummaryView } from '../../../views/list-views.ts';
import { paths } from '../../../lib/paths.ts';
import { useDeletePortRangeList } from '../api/use-delete-port-range-list.ts';
import { useDeletePrefixList } from '../api/use-delete-prefix-list.ts';
import { LIST_WORDS } from './list-words.ts';

interface DeleteListDialogProps {
  kind: ListKind;
  regionId: string;
  /** The list to delete; the dialog is open while there is one. */
  list: ListSummaryView | null;
  onClose: () => void;
  onDeleted?: () => void;
}

/** Delete, confirmed. A list in use is refused by the engine; the dialog then names the groups that hold it. */
export function DeleteListDialog({ kind, regionId, list, onClose, onDeleted }: DeleteListDialogProps) {
  const engine = useEngine();
  const words = LIST_WORDS[kind];
  const deletePrefixList = useDeletePrefixList();
  const deletePortList = useDeletePortRangeList();
  const remove = kind === 'prefix' ? deletePrefixList : deletePortList;
  const holders = useQuery({
    ...associatedRulesQuery(engine, kind, regionId, list?.Id ?? ''),
    enabled: remove.isError && list !== null,
  });
  const groups = [...new Map((holders.data ?? []).map((r) => [r.SecurityGroupId, r.SecurityGroupName])).entries()];
  const handleClose = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={list !== null}
      title={`Delete ${words.noun}`}
      confirmLabel="Delete"
      isDanger
      isLoading={remove.isPending}
      onConfirm={() =>
        list &&
        remove.mutate(
          { regionId, id: list.Id },
          {
            onSuccess: () => {
              handleClose();
              onDeleted?.();
            },
          },
        )
      }
      onClose={handleClose}
    >
      <Text size="sm">
        Delete the {words.lower} <b>{list?.Name}</b> ({list?.Id})? A {words.lower} that security group rules reference
        cannot be deleted.
      </Text>
      {remove.error && <ApiError error={remove.error} title={`The ${words.lower} was not deleted`} />}
      {groups.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            Security groups that hold it
          </Text>
          <List size="sm" aria-label="Security groups that hold the list">
            {groups.map(([id, name]) => (
              <List.Item key={id}>
                <Anchor component={Link} to={paths.securityGroup(regionId, id)} size="sm">
                  {name || id}
                </Anchor>{' '}
                ({id})
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </ConfirmDialog>
  );
}
