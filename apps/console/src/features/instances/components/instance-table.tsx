import { Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { IdText } from '../../../components/id-text.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';

type Instance = ResponseOf<'DescribeInstances'>['Instances']['Instance'][number];

const columns: Column<Instance>[] = [
  {
    key: 'id',
    header: 'Instance ID/Name',
    render: (i) => (
      <Stack gap={0}>
        <IdText>{i.InstanceId}</IdText>
        <Text size="sm">{i.InstanceName}</Text>
      </Stack>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    render: (i) => <StatusBadge status={i.Status} />,
  },
  { key: 'os', header: 'Operating System', render: (i) => i.OSName },
  { key: 'zone', header: 'Zone', render: (i) => i.ZoneId },
  {
    key: 'network',
    header: 'VPC / vSwitch',
    render: (i) => (
      <Stack gap={0}>
        <IdText>{i.VpcAttributes.VpcId}</IdText>
        <IdText>{i.VpcAttributes.VSwitchId}</IdText>
      </Stack>
    ),
  },
  { key: 'ip', header: 'Private IP', render: (i) => i.VpcAttributes.PrivateIpAddress.IpAddress.join(', ') },
  {
    key: 'groups',
    header: 'Security Groups',
    render: (i) => (
      <Stack gap={0}>
        {i.SecurityGroupIds.SecurityGroupId.map((id) => (
          <IdText key={id}>{id}</IdText>
        ))}
      </Stack>
    ),
  },
  { key: 'created', header: 'Created At', render: (i) => <Text size="sm">{i.CreationTime}</Text> },
];

export function InstanceTable(props: { instances: Instance[] | undefined; isPending: boolean; error: unknown }) {
  return (
    <ResourceTable
      label="Instances"
      columns={columns}
      rows={props.instances}
      rowKey={(i) => i.InstanceId}
      isPending={props.isPending}
      error={props.error}
      emptyText="No instances in this region."
    />
  );
}
