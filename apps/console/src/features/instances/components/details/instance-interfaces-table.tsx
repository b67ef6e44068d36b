import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { IdText } from '../../../../components/id-text.tsx';
import { ResourceTable, type Column } from '../../../../components/resource-table.tsx';
import { StatusBadge } from '../../../../components/status-badge.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { instanceInterfacesQuery } from '../../api/instance-queries.ts';

type Eni = ResponseOf<'DescribeNetworkInterfaces'>['NetworkInterfaceSets']['NetworkInterfaceSet'][number];

interface InstanceInterfacesTableProps {
  regionId: string;
  instanceId: string;
  interfaceHref: (networkInterfaceId: string) => string;
  groupHref: (groupId: string) => string;
}

const linkStyle = { whiteSpace: 'nowrap' } as const;

/** The instance's primary interface and the secondary ones attached to it, primary first. */
export function InstanceInterfacesTable({
  regionId,
  instanceId,
  interfaceHref,
  groupHref,
}: InstanceInterfacesTableProps) {
  const engine = useEngine();
  const words = useCloudWords();
  const list = useQuery(instanceInterfacesQuery(engine, regionId, instanceId));
  const rows = list.data && [...list.data].sort((a, b) => (a.Type === b.Type ? 0 : a.Type === 'Primary' ? -1 : 1));
  const columns: Column<Eni>[] = [
    {
      key: 'id',
      header: 'ENI ID/Name',
      render: (n) => (
        <Stack gap={0}>
          <Anchor component={Link} to={interfaceHref(n.NetworkInterfaceId)} size="sm" ff="monospace" style={linkStyle}>
            {n.NetworkInterfaceId}
          </Anchor>
          <Text size="sm">{n.NetworkInterfaceName || '-'}</Text>
        </Stack>
      ),
    },
    { key: 'type', header: 'Type', render: (n) => n.Type },
    { key: 'status', header: 'Status', render: (n) => <StatusBadge status={n.Status} /> },
    { key: 'ip', header: 'Primary Private IP', render: (n) => n.PrivateIpAddress },
    { key: 'mac', header: 'MAC Address', render: (n) => <IdText>{n.MacAddress}</IdText> },
    { key: 'vsw', header: words.vSwitch, render: (n) => <IdText>{n.VSwitchId}</IdText> },
    {
      key: 'groups',
      header: 'Security Groups',
      render: (n) => (
        <Stack gap={0}>
          {n.SecurityGroupIds.SecurityGroupId.map((id) => (
            <Anchor key={id} component={Link} to={groupHref(id)} size="sm" ff="monospace" style={linkStyle}>
              {id}
            </Anchor>
          ))}
        </Stack>
      ),
    },
  ];
  return (
    <ResourceTable
      label="Network interfaces"
      columns={columns}
      rows={rows}
      rowKey={(n) => n.NetworkInterfaceId}
      isPending={list.isPending}
      error={list.error}
      emptyText="No network interfaces."
    />
  );
}
