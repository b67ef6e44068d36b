import { Center, Loader, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from './api-error.tsx';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  width?: number | string;
}

interface ResourceTableProps<T> {
  /** What the table lists, for its accessible name, e.g. "Security groups". */
  label: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  isPending: boolean;
  error: unknown;
  emptyText: ReactNode;
}

/** Every list page is a column spec handed to this table: pending, then error, then empty, then rows. */
export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const { label, columns, rows, rowKey, isPending, error, emptyText } = props;
  if (isPending) {
    return (
      <Center py="xl" aria-label={`Loading ${label.toLowerCase()}`}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (error) return <ApiError error={error} title={`Could not load ${label.toLowerCase()}`} />;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped highlightOnHover aria-label={label} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} w={c.width}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows && rows.length > 0 ? (
            rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key}>{c.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))
          ) : (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text c="dimmed" ta="center" py="lg">
                  {emptyText}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
