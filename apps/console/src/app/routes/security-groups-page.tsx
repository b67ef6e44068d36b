import { Group, Pagination, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { securityGroupListQuery } from '../../features/security-groups/api/security-group-queries.ts';
import { CreateSecurityGroupButton } from '../../features/security-groups/components/create/create-security-group-button.tsx';
import { SecurityGroupTable } from '../../features/security-groups/components/security-group-table.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';
import { paths } from '../paths.ts';

const PAGE_SIZE = 10;

export function SecurityGroupsPage() {
  const engine = useEngine();
  const { regionId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const keyword = search.get('q') ?? '';
  const page = Math.max(1, Number(search.get('page')) || 1);
  const list = useQuery(securityGroupListQuery(engine, regionId, { keyword, page, pageSize: PAGE_SIZE }));
  const total = list.data?.TotalCount ?? 0;
  const setParam = (key: string, value: string) =>
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

  return (
    <>
      <PageHeader
        title="Security Groups"
        description="Virtual firewalls that control the traffic of the network interfaces in them."
        actions={<CreateSecurityGroupButton regionId={regionId} />}
      />
      <Group justify="space-between" mb="sm">
        <TextInput
          label="Search"
          placeholder="Security group name or ID"
          w={320}
          value={keyword}
          onChange={(e) => setParam('q', e.currentTarget.value)}
        />
        <Text size="sm" c="dimmed">
          {total} security groups
        </Text>
      </Group>
      <SecurityGroupTable
        groups={list.data?.SecurityGroups.SecurityGroup}
        isPending={list.isPending}
        error={list.error}
        hrefOf={(id) => paths.securityGroup(regionId, id)}
        emptyText={keyword ? `No security group matches "${keyword}".` : 'No security groups in this region yet.'}
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
    </>
  );
}
