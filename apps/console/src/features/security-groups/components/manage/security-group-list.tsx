import { Button, Group, Pagination, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { securityGroupListQuery } from '../../api/security-group-queries.ts';
import { SecurityGroupTable } from '../security-group-table.tsx';
import { DeleteSecurityGroupsDialog, type GroupToDelete } from './delete-security-groups-dialog.tsx';

const PAGE_SIZE = 10;

/**
 * The Security Groups list: search and page live in the URL; Delete for one row or the selected rows.
 * The search box and the selection are React state first: URL updates in React Router's data router land
 * asynchronously, so inputs bound to the URL alone drop keystrokes and checkbox clicks flicker back.
 */
export function SecurityGroupList({ regionId, hrefOf }: { regionId: string; hrefOf: (groupId: string) => string }) {
  const engine = useEngine();
  const [search, setSearch] = useSearchParams();
  const keyword = search.get('q') ?? '';
  const page = Math.max(1, Number(search.get('page')) || 1);
  const [text, setText] = useState(keyword);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useQuery(securityGroupListQuery(engine, regionId, { keyword, page, pageSize: PAGE_SIZE }));
  const [toDelete, setToDelete] = useState<GroupToDelete[]>([]);
  const rows = list.data?.SecurityGroups.SecurityGroup;
  const total = list.data?.TotalCount ?? 0;
  const setParam = (key: 'q' | 'page', value: string) => {
    // A new search or page shows other rows: the selection is of rows on screen.
    setSelected([]);
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  const selectedGroups = (rows ?? []).filter((g) => selected.includes(g.SecurityGroupId));
  const handleDeleted = (ids: string[]) => {
    setToDelete((groups) => groups.filter((g) => !ids.includes(g.SecurityGroupId)));
    setSelected((current) => current.filter((id) => !ids.includes(id)));
  };

  return (
    <>
      <Group justify="space-between" mb="sm" align="flex-end">
        <Group align="flex-end" role="toolbar" aria-label="Security group actions">
          <TextInput
            label="Search"
            placeholder="Security group name or ID"
            w={320}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setParam('q', e.currentTarget.value);
            }}
          />
          <Button variant="default" disabled={selectedGroups.length === 0} onClick={() => setToDelete(selectedGroups)}>
            Delete
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {selectedGroups.length > 0 && `${selectedGroups.length} selected · `}
          {total} security groups
        </Text>
      </Group>
      <SecurityGroupTable
        groups={rows}
        isPending={list.isPending}
        error={list.error}
        hrefOf={hrefOf}
        emptyText={keyword ? `No security group matches "${keyword}".` : 'No security groups in this region yet.'}
        selected={selected}
        onSelectionChange={setSelected}
        onDelete={(g) => setToDelete([g])}
      />
      {total > PAGE_SIZE && (
        <Group justify="flex-end" mt="md">
          <Pagination
            total={Math.ceil(total / PAGE_SIZE)}
            value={page}
            onChange={(p) => setParam('page', String(p))}
            aria-label="Security group pages"
          />
        </Group>
      )}
      <DeleteSecurityGroupsDialog
        regionId={regionId}
        groups={toDelete}
        onClose={() => setToDelete([])}
        onDeleted={handleDeleted}
      />
    </>
  );
}
