import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import type { VpcView } from '../../../components/vpc-select.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { vpcListQuery } from '../../../queries/vpc-queries.ts';
import { useCloudWords, type CloudWords } from '../../../views/cloud-words.ts';

interface VpcTableProps {
  regionId: string;
  hrefOf: (vpcId: string) => string;
}

const columns = (words: CloudWords, hrefOf: (vpcId: string) => string): Column<VpcView>[] => [
  {
    key: 'id',
    header: 'VPC ID/Name',
    render: (v) => (
      <Stack gap={0}>
        <Anchor component={Link} to={hrefOf(v.VpcId)} size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {v.VpcId}
        </Anchor>
        <Text size="sm">{v.VpcName || '-'}</Text>
      </Stack>
    ),
  },
  { key: 'cidr', header: 'IPv4 CIDR Block', render: (v) => v.CidrBlock },
  { key: 'vSwitches', header: words.vSwitches, render: (v) => v.VSwitchIds.VSwitchId.length },
  { key: 'description', header: 'Description', render: (v) => v.Description || '-' },
  { key: 'created', header: 'Created At', render: (v) => v.CreationTime },
];

/** The region's VPCs, newest first. */
export function VpcTable({ regionId, hrefOf }: VpcTableProps) {
  const engine = useEngine();
  const words = useCloudWords();
  const vpcs = useQuery(vpcListQuery(engine, regionId));
  return (
    <ResourceTable
      label="VPCs"
      columns={columns(words, hrefOf)}
      rows={vpcs.data}
      rowKey={(v) => v.VpcId}
      isPending={vpcs.isPending}
      error={vpcs.error}
      emptyText="No VPCs in this region yet. Create one to place security groups and instances in it."
    />
  );
}
