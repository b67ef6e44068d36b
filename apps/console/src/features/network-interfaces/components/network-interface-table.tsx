import { Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { IdText } from '../../../components/id-text.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';

type Eni = ResponseOf<'DescribeNetworkInterfaces'>['NetworkInterfaceSets']['NetworkInterfaceSet'][number];

const columns: Column<Eni>[] = [
  {
    key: 'id',
    header: 'ENI ID/Name',
    render: (n) => (
      <Stack gap={0}>
        <IdText>{n.NetworkInterfaceId}</IdText>
        <Text size="sm">{n.NetworkInterfaceName || '-'}</Text>
      </Stack>
    ),
  },
  { key: 'type', header: 'Type', render: (n) => n.Type },
  {
    key: 'status',
    header: 'Status',
    render: (n) => <StatusBadge status={n.Status} />,
  },
  { key: 'instance', header: 'Associated Instance', render: (n) => <IdText>{n.InstanceId || '-'}</IdText> },
  { key: 'ip', header: 'Primary Private IP', render: (n) => n.PrivateIpAddress },
  { key: 'vsw', header: 'vSwitch', render: (n) => <IdText>{n.VSwitchId}</IdText> },
  {
    key: 'groups',
    header: 'Security Groups',
    render: (n) => (
      <Stack gap={0}>
        {n.SecurityGroupIds.SecurityGroupId.map((id) => (
          <IdText key={id}>{id}</IdText>
        ))}
      </Stack>
    ),
  },
];

export function NetworkInterfaceTable(props: { interfaces: Eni[] | undefined; isPending: boolean; error: unknown }) {
  return (
    <ResourceTable
      label="Network interfaces"
      columns={columns}
      rows={props.interfaces}
      rowKey={(n) => n.NetworkInterfaceId}
      isPending={props.isPending}
      error={props.error}
      emptyText="No network interfaces in this region."
    />
  );
}
