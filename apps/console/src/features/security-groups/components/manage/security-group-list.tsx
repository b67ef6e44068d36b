import { Button, Group, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListPagination } from '../../../../components/list-pagination.tsx';
import { useUrlState } from '../../../../lib/use-url-state.ts';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { securityGroupListQuery } from '../../api/security-group-queries.ts';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';
import type { CloneSource } from '../clone/use-clone-security-group-form.ts';
import { SecurityGroupTable } from '../security-group-table.tsx';
import type { GroupToDelete } from './delete-security-groups-dialog.tsx';

const CloneSecurityGroupDialog = lazyNamed(
  () => import('../clone/clone-security-group-dialog.tsx'),
  'CloneSecurityGroupDialog',
);
const DeleteSecurityGroupsDialog = lazyNamed(
  () => import('./delete-security-groups-dialog.tsx'),
  'DeleteSecurityGroupsDialog',
);

const PAGE_SIZE = 10;

/**
 * The Security Groups list: search and page live in the URL (through useUrlState); Delete for one row
 * or the selected rows. The selection is React state only: it is of the rows on screen.
 */
export function SecurityGroupList({ regionId, hrefOf }: { regionId: string; hrefOf: (groupId: string) => string }) {
  const engine = useEngine();
  const [url, updateUrl] = useUrlState(['q', 'page'] as const);
  const page = Math.max(1, Number(url.page) || 1);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useQuery(securityGroupListQuery(engine, regionId, { keyword: url.q, page, pageSize: PAGE_SIZE }));
  const [toDelete, setToDelete] = useState<GroupToDelete[]>([]);
  const [toClone, setToClone] = useState<CloneSource | null>(null);
  const rows = list.data?.SecurityGroups.SecurityGroup;
  const total = list.data?.TotalCount ?? 0;
  const setParam = (key: 'q' | 'page', value: string) => {
    // A new search or page shows other rows: the selection is of rows on screen.
    setSelected([]);
    updateUrl(key === 'q' ? { q: value, page: '' } : { page: value });
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
            value={url.q}
            onChange={(e) => setParam('q', e.currentTarget.value)}
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
        emptyText={url.q ? `No security group matches "${url.q}".` : 'No security groups in this region yet.'}
        selected={selected}
        onSelectionChange={setSelected}
        onDelete={(g) => setToDelete([g])}
        onClone={setToClone}
      />
      <ListPagination
        total={total}
        pageSize={PAGE_SIZE}
        page={page}
        onChange={(p) => setParam('page', String(p))}
        label="Security group pages"
      />
      <OnceOpened opened={toClone !== null}>
        <CloneSecurityGroupDialog regionId={regionId} source={toClone} onClose={() => setToClone(null)} />
      </OnceOpened>
      <OnceOpened opened={toDelete.length > 0}>
        <DeleteSecurityGroupsDialog
          regionId={regionId}
          groups={toDelete}
          onClose={() => setToDelete([])}
          onDeleted={handleDeleted}
        />
      </OnceOpened>
    </>
  );
}
