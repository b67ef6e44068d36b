import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

export const networkInterfaceKeys = {
  all: ['networkInterfaces'] as const,
  list: (regionId: string) => [...networkInterfaceKeys.all, regionId, 'list'] as const,
};

export function networkInterfaceListQuery(engine: Engine, regionId: string) {
  return queryOptions({
    queryKey: networkInterfaceKeys.list(regionId),
    queryFn: () => engine.call('DescribeNetworkInterfaces', { RegionId: regionId, MaxResults: 500 }),
    select: (res) => res.NetworkInterfaceSets.NetworkInterfaceSet,
  });
}
