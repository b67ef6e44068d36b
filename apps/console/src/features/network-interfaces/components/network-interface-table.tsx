import { Anchor, Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { IdText } from '../../../components/id-text.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { NetworkInterfaceActions } from './actions/network-interface-actions.tsx';

type Eni = ResponseOf<'DescribeNetworkInterfaces'>['NetworkInterfaceSets']['NetworkInterfaceSet'][number];

export interface NetworkInterfaceHrefs {
  interfaceHref: (networkInterfaceId: string) => string;
  instanceHref: (instanceId: string) => string;
  groupHref: (groupId: string) => string;
}

const idStyle = { whiteSpace: 'nowrap' } as const;

const columns = (regionId: string, hrefs: NetworkInterfaceHrefs): Column<Eni>[] => [
  {
    key: 'id',
    header: 'ENI ID/Name',
    render: (n) => (
      <Stack gap={0}>
        <Anchor
          component={Link}
          to={hrefs.interfaceHref(n.NetworkInterfaceId)}
          size="sm"
          ff="monospace"
          style={idStyle}
        >
          {n.NetworkInterfaceId}
        </Anchor>
        <Text size="sm">{n.NetworkInterfaceName || '-'}</Text>
      </Stack>
    ),
  },
  { key: 'type', header: 'Type', render: (n) => n.Type },
  { key: 'status', header: 'Status', render: (n) => <StatusBadge status={n.Status} /> },
  {
    key: 'instance',
    header: 'Associated Instance',
    render: (n) =>
      n.InstanceId ? (
        <Anchor component={Link} to={hrefs.instanceHref(n.InstanceId)} size="sm" ff="monospace" style={idStyle}>
          {n.InstanceId}
        </Anchor>
      ) : (
        <IdText>-</IdText>
      ),
  },
  { key: 'ip', header: 'Primary Private IP', render: (n) => n.PrivateIpAddress },
  {
    key: 'zone',
    header: 'Zone',
    render: (n) => (
      <Text size="sm" style={idStyle}>
        {n.ZoneId}
      </Text>
    ),
  },
  {
    key: 'groups',
    header: 'Security Groups',
    render: (n) => (
      <Stack gap={0}>
        {n.SecurityGroupIds.SecurityGroupId.map((id) => (
          <Anchor key={id} component={Link} to={hrefs.groupHref(id)} size="sm" ff="monospace" style={idStyle}>
            {id}
          </Anchor>
        ))}
      </Stack>
    ),
  },
  { key: 'actions', header: 'Operation', render: (n) => <NetworkInterfaceActions regionId={regionId} eni={n} /> },
];

interface NetworkInterfaceTableProps extends NetworkInterfaceHrefs {
  regionId: string;
  interfaces: Eni[] | undefined;
  isPending: boolean;
  error: unknown;
}

export function NetworkInterfaceTable({
  regionId,
  interfaces,
  isPending,
  error,
  ...hrefs
}: NetworkInterfaceTableProps) {
  return (
    <ResourceTable
      label="Network interfaces"
      columns={columns(regionId, hrefs)}
      rows={interfaces}
      rowKey={(n) => n.NetworkInterfaceId}
      isPending={isPending}
      error={error}
      emptyText="No network interfaces in this region."
    />
  );
}
