import { Group, Pagination } from '@mantine/core';

interface ListPaginationProps {
  /** How many rows the list has in all (the API's TotalCount). */
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  /** The pager's accessible name, e.g. "Instance pages". */
  label: string;
}

/** A list's pages, as the console pages its Security Groups, Instances and Network Interfaces; none for one page. */
export function ListPagination({ total, pageSize, page, onChange, label }: ListPaginationProps) {
  if (total <= pageSize) return null;
  return (
    <Group justify="flex-end" mt="md">
      <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={onChange} aria-label={label} />
    </Group>
  );
}
