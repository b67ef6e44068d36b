import { Button, Card, Group, SimpleGrid, Title } from '@mantine/core';
import { DetailField } from '../../../components/detail-field.tsx';
import type { ListDetailView } from '../../../views/list-views.ts';

interface ListBasicInfoProps {
  list: ListDetailView;
  onModify: () => void;
  onDelete: () => void;
}

/** A list's Basic Information, with Modify and Delete. */
export function ListBasicInfo({ list, onModify, onDelete }: ListBasicInfoProps) {
  return (
    <Card withBorder mb="md" aria-label="Basic Information" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Basic Information</Title>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onModify}>
            Modify
          </Button>
          <Button size="xs" variant="default" color="red" onClick={onDelete}>
            Delete
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="md">
        <DetailField label="ID" isId>
          {list.Id}
        </DetailField>
        <DetailField label="Name">{list.Name}</DetailField>
        {list.AddressFamily && <DetailField label="Address Family">{list.AddressFamily}</DetailField>}
        <DetailField label="Max Entries">{list.MaxEntries}</DetailField>
        <DetailField label="Entries">{list.EntryCount}</DetailField>
        <DetailField label="Associations">{list.AssociationCount}</DetailField>
        <DetailField label="Description">{list.Description}</DetailField>
        <DetailField label="Created At">{list.CreationTime}</DetailField>
      </SimpleGrid>
    </Card>
  );
}
