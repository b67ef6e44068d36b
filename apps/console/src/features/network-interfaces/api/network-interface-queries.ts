import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

export const networkInterfaceKeys = {
  all: ['networkInterfaces'] as const,
  list: (regionId: string, page: number, pageSize: number) =>
    [...networkInterfaceKeys.all, regionId, 'list', { page, pageSize }] as const,
  detail: (regionId: string, eniId: string) => [...networkInterfaceKeys.all, regionId, 'detail', eniId] as const,
  attachable: (regionId: string, vpcId: string, zoneId: string) =>
    [...networkInterfaceKeys.all, regionId, 'attachable-instances', vpcId, zoneId] as const,
};

/** One page of the region's interfaces, newest first, with the region's count of them (page-number paging). */
export function networkInterfaceListQuery(engine: Engine, regionId: string, page: number, pageSize: number) {
  return queryOptions({
    queryKey: networkInterfaceKeys.list(regionId, page, pageSize),
    queryFn: () =>
      engine.call('DescribeNetworkInterfaces', { RegionId: regionId, PageNumber: page, PageSize: pageSize }),
    select: (res) => ({ interfaces: res.NetworkInterfaceSets.NetworkInterfaceSet, total: res.TotalCount }),
    placeholderData: keepPreviousData,
  });
}

/** One interface, or null when the region has none with this ID (DescribeNetworkInterfaces filters, never fails). */
export function networkInterfaceQuery(engine: Engine, regionId: string, eniId: string) {
  return queryOptions({
    queryKey: networkInterfaceKeys.detail(regionId, eniId),
    queryFn: () => engine.call('DescribeNetworkInterfaces', { RegionId: regionId, NetworkInterfaceId: [eniId] }),
    select: (res) => res.NetworkInterfaceSets.NetworkInterfaceSet[0] ?? null,
  });
}

/** The instances an interface can be offered to: those of its VPC and zone (the engine checks the rest). */
export function attachableInstancesQuery(engine: Engine, regionId: string, vpcId: string, zoneId: string) {
  return queryOptions({
    queryKey: networkInterfaceKeys.attachable(regionId, vpcId, zoneId),
    queryFn: () =>
      engine.call('DescribeInstances', { RegionId: regionId, VpcId: vpcId, ZoneId: zoneId, PageSize: 100 }),
    select: (res) => res.Instances.Instance,
  });
}
