import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';
import { vpcKeys } from '../../../queries/vpc-queries.ts';

/** What only the VPC pages read: one VPC, and the zones a vSwitch can be placed in. */
export const vpcDetailKeys = {
  detail: (regionId: string, vpcId: string) => [...vpcKeys.all, regionId, 'detail', vpcId] as const,
  zones: (regionId: string) => ['zones', regionId] as const,
};

/** One VPC, or null when the region has none with this ID (DescribeVpcs filters, never fails). */
export function vpcDetailQuery(engine: Engine, regionId: string, vpcId: string) {
  return queryOptions({
    queryKey: vpcDetailKeys.detail(regionId, vpcId),
    queryFn: () => engine.call('DescribeVpcs', { RegionId: regionId, VpcId: vpcId }),
    select: (res) => res.Vpcs.Vpc[0] ?? null,
  });
}

export function zoneListQuery(engine: Engine, regionId: string) {
  return queryOptions({
    queryKey: vpcDetailKeys.zones(regionId),
    queryFn: () => engine.call('DescribeZones', { RegionId: regionId }),
    select: (res) => res.Zones.Zone,
  });
}
