import { Center, Loader, Table, Text } from '@mantine/core';
import { memo, type Key, type ReactNode } from 'react';
import { ApiError } from './api-error.tsx';
import { useRowWindow, type WindowRowProps } from './row-window.ts';
import { TableScrollBox, WindowRows } from './table-window.tsx';

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
  /** A first guess of a row's height in pixels, for a windowed table's scroll bar before its rows are measured. */
  estimatedRowHeight?: number;
}

interface ResourceRowProps<T> extends Partial<WindowRowProps> {
  row: T;
  columns: Column<T>[];
}

/**
 * One row. Memoised: as a windowed table scrolls, the rows it keeps (same row, columns and position) are not rendered
 * again; a change of the table's columns (new selection, new handlers) renders them all.
 */
const ResourceRow = memo(function ResourceRow<T>({ row, columns, ...rowProps }: ResourceRowProps<T>) {
  return (
    <Table.Tr {...rowProps}>
      {columns.map((c) => (
        <Table.Td key={c.key}>{c.render(row)}</Table.Td>
      ))}
    </Table.Tr>
  );
}) as <T>(props: ResourceRowProps<T> & { key: Key }) => ReactNode;

/**
 * Every list page is a column spec handed to this table: pending, then error, then empty, then rows. Past
 * WINDOWED_ABOVE rows only the rows in view are rendered (row-window.ts); the caller keeps every row.
 */
export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const { label, columns, rows, rowKey, isPending, error, emptyText, estimatedRowHeight = 41 } = props;
  const all = rows ?? [];
  const rowWindow = useRowWindow(all.length, (i) => rowKey(all[i] as T), estimatedRowHeight);
  if (isPending) {
    return (
      <Center py="xl" aria-label={`Loading ${label.toLowerCase()}`}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (error) return <ApiError error={error} title={`Could not load ${label.toLowerCase()}`} />;
  return (
    <TableScrollBox
      isWindowed={rowWindow.isWindowed}
      scrollBoxRef={rowWindow.setScrollBox}
      label={label}
      minWidth={700}
    >
      <Table
        striped
        highlightOnHover
        aria-label={label}
        verticalSpacing="xs"
        stickyHeader={rowWindow.isWindowed}
        {...rowWindow.tableProps}
      >
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
          {all.length > 0 ? (
            <WindowRows
              rowWindow={rowWindow}
              colSpan={columns.length}
              renderRow={(index, rowProps) => {
                const row = all[index] as T;
                return <ResourceRow key={rowKey(row)} row={row} columns={columns} {...rowProps} />;
              }}
            />
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
    </TableScrollBox>
  );
}
