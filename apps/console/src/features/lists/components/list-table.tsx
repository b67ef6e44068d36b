import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { listSummariesQuery } from '../../../queries/list-queries.ts';
import type { ListKind, ListSummaryView } from '../../../views/list-views.ts';
import { DeleteListDialog } from './delete-list-dialog.tsx';
import { LIST_WORDS } from './list-words.ts';
import { ModifyListDialog } from './modify-list-dialog.tsx';

interface ListTableProps {
  kind: ListKind;
  regionId: string;
  hrefOf: (id: string) => string;
}

/** The region's prefix lists or port lists, with Modify and Delete. */
export function ListTable({ kind, regionId, hrefOf }: ListTableProps) {
  const engine = useEngine();
  const words = LIST_WORDS[kind];
  const lists = useQuery(listSummariesQuery(engine, kind, regionId));
  const [modifying, setModifying] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ListSummaryView | null>(null);
  const columns: Column<ListSummaryView>[] = [
    {
      key: 'name',
      header: 'ID/Name',
      render: (l) => (
        <Stack gap={0}>
          <Anchor component={Link} to={hrefOf(l.Id)} size="sm" ff="monospace">
            {l.Id}
          </Anchor>
          <Text size="sm">{l.Name}</Text>
        </Stack>
      ),
    },
    ...(kind === 'prefix'
      ? [{ key: 'family', header: 'Address Family', render: (l: ListSummaryView) => l.AddressFamily }]
      : []),
    { key: 'max', header: 'Max Entries', render: (l) => l.MaxEntries },
    { key: 'entries', header: 'Entries', render: (l) => l.EntryCount },
    { key: 'associations', header: 'Associations', render: (l) => l.AssociationCount },
    { key: 'description', header: 'Description', render: (l) => l.Description || '-' },
    { key: 'created', header: 'Created At', render: (l) => l.CreationTime },
    {
      key: 'actions',
      header: 'Operation',
      render: (l) => (
        <Group gap="sm" wrap="nowrap">
          <Anchor component="button" size="sm" aria-label={`Modify ${l.Name}`} onClick={() => setModifying(l.Id)}>
            Modify
          </Anchor>
          <Anchor component="button" size="sm" c="red" aria-label={`Delete ${l.Name}`} onClick={() => setDeleting(l)}>
            Delete
          </Anchor>
        </Group>
      ),
    },
  ];
  return (
    <>
      <ResourceTable
        label={words.title}
        columns={columns}
        rows={lists.data}
        rowKey={(l) => l.Id}
        isPending={lists.isPending}
        error={lists.error}
        emptyText={`No ${words.lower}s in this region yet.`}
      />
      <ModifyListDialog kind={kind} regionId={regionId} listId={modifying} onClose={() => setModifying(null)} />
      <DeleteListDialog kind={kind} regionId={regionId} list={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
