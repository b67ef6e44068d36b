import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ListKind } from '../../../views/list-views.ts';
import { useCreatePortRangeList } from '../api/use-create-port-range-list.ts';
import { useCreatePrefixList } from '../api/use-create-prefix-list.ts';
import { ListForm } from './list-form.tsx';
import { LIST_WORDS } from './list-words.ts';

/** "Create Prefix List" / "Create Port List" (SEED004) and its dialog. */
export function CreateListButton({ kind, regionId }: { kind: ListKind; regionId: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const createPrefixList = useCreatePrefixList();
  const createPortList = useCreatePortRangeList();
  const create = kind === 'prefix' ? createPrefixList : createPortList;
  const title = `Create ${LIST_WORDS[kind].noun}`;
  return (
    <>
      <Button onClick={open}>{title}</Button>
      <Modal opened={opened} onClose={close} title={title} size="xl">
        {opened && (
          <ListForm
            kind={kind}
            list={null}
            isPending={create.isPending}
            submit={({ values, adds }) =>
              create.mutateAsync({
                regionId,
                Name: values.Name,
                Description: values.Description,
                AddressFamily: values.AddressFamily,
                MaxEntries: values.MaxEntries,
                Entries: adds.map((a) => a.entry),
              })
            }
            onDone={close}
            onCancel={close}
          />
        )}
      </Modal>
    </>
  );
}
