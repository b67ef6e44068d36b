import { Anchor, Button, Card, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { IdText } from '../../../components/id-text.tsx';
import { ResourceTable } from '../../../components/resource-table.tsx';
import type { ListDetailView, ListEntryView, ListKind } from '../../../views/list-views.ts';
import { LIST_WORDS } from './list-words.ts';
import { RemoveEntryDialog } from './remove-entry-dialog.tsx';

interface ListEntriesCardProps {
  kind: ListKind;
  regionId: string;
  list: ListDetailView;
  /** Opens Modify, where entries are added, re-described and removed together with the name and description. */
  onModify: () => void;
}

/** The list's entries; each can be removed on its own. Rules that reference the list follow at once. */
export function ListEntriesCard({ kind, regionId, list, onModify }: ListEntriesCardProps) {
  const words = LIST_WORDS[kind];
  const [removing, setRemoving] = useState<ListEntryView | null>(null);
  return (
    <Card withBorder mb="md" aria-label="Entries" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={4}>
          Entries ({list.EntryCount} / {list.MaxEntries})
        </Title>
        <Button size="xs" variant="default" onClick={onModify}>
          Add or Modify Entries
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        Changes take effect at once on every security group rule that references the {words.lower}.
      </Text>
      <ResourceTable
        label={`${words.noun} entries`}
        columns={[
          { key: 'key', header: words.keyLabel, render: (e) => <IdText>{e.Key}</IdText> },
          { key: 'description', header: 'Description', render: (e) => e.Description || '-' },
          {
            key: 'actions',
            header: 'Operation',
            render: (e) => (
              <Anchor
                component="button"
                size="sm"
                c="red"
                aria-label={`Remove ${e.Key}`}
                onClick={() => setRemoving(e)}
              >
                Remove
              </Anchor>
            ),
          },
        ]}
        rows={list.Entries}
        rowKey={(e) => e.Key}
        isPending={false}
        error={null}
        emptyText="No entries yet."
      />
      <RemoveEntryDialog
        kind={kind}
        regionId={regionId}
        list={list}
        entry={removing}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
