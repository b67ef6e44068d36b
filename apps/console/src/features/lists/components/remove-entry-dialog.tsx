import { Text } from '@mantine/core';
import type { EngineError } from '@sg/engine';
import { useState } from 'react';
import { ApiError } from '../../../components/api-error.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import type { ListDetailView, ListEntryView, ListKind } from '../../../views/list-views.ts';
import { useModifyPortRangeList } from '../api/use-modify-port-range-list.ts';
import { useModifyPrefixList } from '../api/use-modify-prefix-list.ts';
import { LIST_WORDS } from './list-words.ts';

interface RemoveEntryDialogProps {
  kind: ListKind;
  regionId: string;
  list: ListDetailView;
  /** The entry to remove; the dialog is open while there is one. */
  entry: ListEntryView | null;
  onClose: () => void;
}

/** Removes one entry (Modify…List with RemoveEntry), confirmed: what the list's rules match changes at once. */
export function RemoveEntryDialog({ kind, regionId, list, entry, onClose }: RemoveEntryDialogProps) {
  const words = LIST_WORDS[kind];
  const modifyPrefixList = useModifyPrefixList();
  const modifyPortList = useModifyPortRangeList();
  const modify = kind === 'prefix' ? modifyPrefixList : modifyPortList;
  const [failure, setFailure] = useState<EngineError | null>(null);
  const handleClose = () => {
    setFailure(null);
    onClose();
  };
  const handleConfirm = () =>
    entry &&
    modify.mutate(
      { regionId, id: list.Id, AddEntry: [], RemoveEntry: [entry.Key] },
      { onSuccess: (outcome) => (outcome.ok ? handleClose() : setFailure(outcome.error)) },
    );
  return (
    <ConfirmDialog
      opened={entry !== null}
      title="Remove Entry"
      confirmLabel="Remove"
      isDanger
      isLoading={modify.isPending}
      onConfirm={handleConfirm}
      onClose={handleClose}
    >
      <Text size="sm">
        Remove <b>{entry?.Key}</b> from the {words.lower} {list.Name}? The {list.AssociationCount} security group(s)
        whose rules reference the list stop matching it at once.
      </Text>
      {failure && <ApiError error={failure} title="The entry was not removed" />}
    </ConfirmDialog>
  );
}
