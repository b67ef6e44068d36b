import { Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { useQuery } from '@tanstack/react-query';
import { IdText } from '../../../components/id-text.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { vSwitchListQuery } from '../../../queries/vpc-queries.ts';
import { useCloudWords, type CloudWords } from '../../../views/cloud-words.ts';

type VSwitchView = ResponseOf<'DescribeVSwitches'>['VSwitches']['VSwitch'][number];

const columns = (words: CloudWords): Column<VSwitchView>[] => [
  {
    key: 'id',
    header: `${words.vSwitch} ID/Name`,
    render: (v) => (
      <Stack gap={0}>
        <IdText>{v.VSwitchId}</IdText>
        <Text size="sm">{v.VSwitchName || '-'}</Text>
      </Stack>
    ),
  },
  { key: 'zone', header: 'Zone', render: (v) => v.ZoneId },
  { key: 'cidr', header: 'IPv4 CIDR Block', render: (v) => v.CidrBlock },
  { key: 'available', header: 'Available IPs', render: (v) => v.AvailableIpAddressCount },
  { key: 'description', header: 'Description', render: (v) => v.Description || '-' },
  { key: 'created', header: 'Created At', render: (v) => v.CreationTime },
];

/** A VPC's vSwitches with their free addresses. */
export function VSwitchTable({ regionId, vpcId }: { regionId: string; vpcId: string }) {
  const engine = useEngine();
  const words = useCloudWords();
  const vSwitches = useQuery(vSwitchListQuery(engine, regionId, vpcId));
  return (
    <ResourceTable
      label={words.vSwitches}
      columns={columns(words)}
      rows={vSwitches.data}
      rowKey={(v) => v.VSwitchId}
      isPending={vSwitches.isPending}
      error={vSwitches.error}
      emptyText={`No ${words.vSwitches} yet. An instance needs a ${words.vSwitch}: create one in a zone of the region.`}
    />
  );
}
