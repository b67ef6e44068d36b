import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

/** VPCs and vSwitches: shared by every feature that places a resource in a network. */
export const vpcKeys = {
  all: ['vpcs'] as const,
  list: (regionId: string) => [...vpcKeys.all, regionId, 'list'] as const,
  vSwitches: (regionId: string, vpcId: string) => [...vpcKeys.all, regionId, 'vSwitches', vpcId] as const,
};

export function vpcListQuery(engine: Engine, regionId: string) {
  return queryOptions({
    queryKey: vpcKeys.list(regionId),
    queryFn: () => engine.call('DescribeVpcs', { RegionId: regionId, PageSize: 50 }),
    select: (res) => res.Vpcs.Vpc,
  });
}

export function vSwitchListQuery(engine: Engine, regionId: string, vpcId: string) {
  return queryOptions({
    queryKey: vpcKeys.vSwitches(regionId, vpcId),
    queryFn: () => engine.call('DescribeVSwitches', { RegionId: regionId, VpcId: vpcId, PageSize: 50 }),
    select: (res) => res.VSwitches.VSwitch,
    enabled: vpcId !== '',
  });
}
