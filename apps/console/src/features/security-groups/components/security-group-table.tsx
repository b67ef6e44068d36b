import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { IdText } from '../../../components/id-text.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { groupTypeLabel } from './wording.ts';

type Group = ResponseOf<'DescribeSecurityGroups'>['SecurityGroups']['SecurityGroup'][number];

interface SecurityGroupTableProps {
  groups: Group[] | undefined;
  isPending: boolean;
  error: unknown;
  hrefOf: (groupId: string) => string;
  emptyText: string;
}

export function SecurityGroupTable({ groups, isPending, error, hrefOf, emptyText }: SecurityGroupTableProps) {
  const columns: Column<Group>[] = [
    {
      key: 'id',
      header: 'Security Group ID/Name',
      render: (g) => (
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={hrefOf(g.SecurityGroupId)}
            size="sm"
            ff="monospace"
            style={{ whiteSpace: 'nowrap' }}
          >
            {g.SecurityGroupId}
          </Anchor>
          <Text size="sm">{g.SecurityGroupName || '-'}</Text>
        </Stack>
      ),
    },
    { key: 'vpc', header: 'VPC', render: (g) => <IdText>{g.VpcId}</IdText> },
    {
      key: 'type',
      header: 'Security Group Type',
      render: (g) => (
        <Group gap={4}>
          <Text size="sm">{groupTypeLabel(g.SecurityGroupType)}</Text>
          {g.IsDefault && (
            <Badge size="xs" variant="light">
              Default
            </Badge>
          )}
          {g.ServiceManaged && (
            <Badge size="xs" color="gray">
              Managed
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'rules', header: 'Rules', render: (g) => g.RuleCount },
    { key: 'instances', header: 'Instances', render: (g) => g.EcsCount },
    {
      key: 'tags',
      header: 'Tags',
      render: (g) => (
        <Group gap={4}>
          {g.Tags.Tag.length === 0
            ? '-'
            : g.Tags.Tag.map((t) => (
                <Badge key={t.TagKey} variant="outline" size="sm" tt="none">
                  {t.TagKey}:{t.TagValue}
                </Badge>
              ))}
        </Group>
      ),
    },
    { key: 'created', header: 'Created At', render: (g) => <Text size="sm">{g.CreationTime}</Text> },
  ];
  return (
    <ResourceTable
      label="Security groups"
      columns={columns}
      rows={groups}
      rowKey={(g) => g.SecurityGroupId}
      isPending={isPending}
      error={error}
      emptyText={emptyText}
    />
  );
}
