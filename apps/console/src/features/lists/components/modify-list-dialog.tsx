import { Center, Loader, Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../components/api-error.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { listDetailQuery } from '../../../queries/list-queries.ts';
import type { ListKind } from '../../../views/list-views.ts';
import { useModifyPortRangeList } from '../api/use-modify-port-range-list.ts';
import { useModifyPrefixList } from '../api/use-modify-prefix-list.ts';
import { ListForm } from './list-form.tsx';
import { LIST_WORDS } from './list-words.ts';

interface ModifyListDialogProps {
  kind: ListKind;
  regionId: string;
  /** The list to modify; the dialog is open while there is one. */
  listId: string | null;
  onClose: () => void;
}

/** Modify: name, description and entries (add, re-describe, remove), sent as one Modify…List call. */
export function ModifyListDialog({ kind, regionId, listId, onClose }: ModifyListDialogProps) {
  const engine = useEngine();
  const detail = useQuery({ ...listDetailQuery(engine, kind, regionId, listId ?? ''), enabled: listId !== null });
  const modifyPrefixList = useModifyPrefixList();
  const modifyPortList = useModifyPortRangeList();
  const modify = kind === 'prefix' ? modifyPrefixList : modifyPortList;
  const list = detail.data;
  return (
    <Modal opened={listId !== null} onClose={onClose} title={`Modify ${LIST_WORDS[kind].noun}`} size="xl">
      {detail.isPending ? (
        <Center py="xl">
          <Loader size="sm" aria-label={`Loading the ${LIST_WORDS[kind].lower}`} />
        </Center>
      ) : !list ? (
        <ApiError error={detail.error} title={`Could not load the ${LIST_WORDS[kind].lower}`} />
      ) : (
        <ListForm
          key={list.Id}
          kind={kind}
          list={list}
          isPending={modify.isPending}
          submit={({ values, adds, removes }) =>
            modify.mutateAsync({
              regionId,
              id: list.Id,
              Name: values.Name !== list.Name ? values.Name : undefined,
              Description: values.Description !== list.Description ? values.Description : undefined,
              AddEntry: adds.map((a) => a.entry),
              RemoveEntry: removes.map((r) => r.entry.Key),
            })
          }
          onDone={onClose}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
