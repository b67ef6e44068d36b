import { Anchor, Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { IdText } from '../../../components/id-text.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { useCloudWords, type CloudWords } from '../../../views/cloud-words.ts';

type Instance = ResponseOf<'DescribeInstances'>['Instances']['Instance'][number];

const idStyle = { whiteSpace: 'nowrap' } as const;

const columns = (
  words: CloudWords,
  instanceHref: (instanceId: string) => string,
  groupHref: (groupId: string) => string,
): Column<Instance>[] => [
  {
    key: 'id',
    header: 'Instance ID/Name',
    render: (i) => (
      <Stack gap={0}>
        <Anchor component={Link} to={instanceHref(i.InstanceId)} size="sm" ff="monospace" style={idStyle}>
          {i.InstanceId}
        </Anchor>
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
    header: `${words.vpc} / ${words.vSwitch}`,
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
          <Anchor key={id} component={Link} to={groupHref(id)} size="sm" ff="monospace" style={idStyle}>
            {id}
          </Anchor>
        ))}
      </Stack>
    ),
  },
  { key: 'created', header: 'Created At', render: (i) => <Text size="sm">{i.CreationTime}</Text> },
];

interface InstanceTableProps {
  instances: Instance[] | undefined;
  isPending: boolean;
  error: unknown;
  /** Where an instance's and a security group's links go. */
  instanceHref: (instanceId: string) => string;
  groupHref: (groupId: string) => string;
}

export function InstanceTable(props: InstanceTableProps) {
  const words = useCloudWords();
  return (
    <ResourceTable
      label="Instances"
      columns={columns(words, props.instanceHref, props.groupHref)}
      rows={props.instances}
      rowKey={(i) => i.InstanceId}
      isPending={props.isPending}
      error={props.error}
      emptyText="No instances in this region."
    />
  );
}
