import { Badge, Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';

type Eni = ResponseOf<'DescribeNetworkInterfaces'>['NetworkInterfaceSets']['NetworkInterfaceSet'][number];

const columns: Column<Eni>[] = [
  {
    key: 'id',
    header: 'ENI ID/Name',
    render: (n) => (
      <Stack gap={0}>
        <Text size="sm" ff="monospace">{n.NetworkInterfaceId}</Text>
        <Text size="sm">{n.NetworkInterfaceName || '-'}</Text>
      </Stack>
    ),
  },
  { key: 'type', header: 'Type', render: (n) => n.Type },
  {
    key: 'status',
    header: 'Status',
    render: (n) => <Badge color={n.Status === 'InUse' ? 'green' : 'gray'} variant="light">{n.Status}</Badge>,
  },
  { key: 'instance', header: 'Associated Instance', render: (n) => <Text size="sm" ff="monospace">{n.InstanceId || '-'}</Text> },
  { key: 'ip', header: 'Primary Private IP', render: (n) => n.PrivateIpAddress },
  { key: 'vsw', header: 'vSwitch', render: (n) => <Text size="sm" ff="monospace">{n.VSwitchId}</Text> },
  {
    key: 'groups',
    header: 'Security Groups',
    render: (n) => (
      <Stack gap={0}>
        {n.SecurityGroupIds.SecurityGroupId.map((id) => (
          <Text key={id} size="sm" ff="monospace">{id}</Text>
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
