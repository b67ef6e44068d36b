import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useEngine } from '../lib/engine-provider.tsx';
import { groupsByIdQuery, type GroupSummary } from '../queries/interface-group-queries.ts';
import { GroupTypeBadge } from './group-type-badge.tsx';
import { ResourceTable, type Column } from './resource-table.tsx';

interface InterfaceGroupsTableProps {
  regionId: string;
  /** The interface's groups, in its order. */
  groupIds: readonly string[];
  hrefOf: (groupId: string) => string;
}

const typeColumn: Column<GroupSummary> = {
  key: 'type',
  header: 'Security Group Type',
  render: (g) => <GroupTypeBadge type={g.SecurityGroupType} />,
};

/**
 * The security groups of an instance's primary interface or of a network interface, with type (where the cloud has
 * types) and rule count.
 */
export function InterfaceGroupsTable({ regionId, groupIds, hrefOf }: InterfaceGroupsTableProps) {
  const engine = useEngine();
  const groups = useQuery(groupsByIdQuery(engine, regionId, groupIds));
  const hasTypes = engine.profile.rules.groupTypes.length > 1;
  const columns: Column<GroupSummary>[] = [
    {
      key: 'id',
      header: 'Security Group ID',
      render: (g) => (
        <Anchor
          component={Link}
          to={hrefOf(g.SecurityGroupId)}
          size="sm"
          ff="monospace"
          style={{ whiteSpace: 'nowrap' }}
        >
          {g.SecurityGroupId}
        </Anchor>
      ),
    },
    { key: 'name', header: 'Security Group Name', render: (g) => g.SecurityGroupName || '-' },
    ...(hasTypes ? [typeColumn] : []),
    { key: 'rules', header: 'Rules', render: (g) => g.RuleCount },
    {
      key: 'description',
      header: 'Description',
      render: (g) => (
        <Text size="sm" c={g.Description ? undefined : 'dimmed'}>
          {g.Description || '-'}
        </Text>
      ),
    },
  ];
  return (
    <ResourceTable
      label="Security groups"
      columns={columns}
      rows={groupIds.length === 0 ? [] : groups.data}
      rowKey={(g) => g.SecurityGroupId}
      isPending={groupIds.length > 0 && groups.isPending}
      error={groups.error}
      emptyText="In no security group."
    />
  );
}
