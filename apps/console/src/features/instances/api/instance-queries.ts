import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

export const instanceKeys = {
  all: ['instances'] as const,
  list: (regionId: string) => [...instanceKeys.all, regionId, 'list'] as const,
};

export function instanceListQuery(engine: Engine, regionId: string) {
  return queryOptions({
    queryKey: instanceKeys.list(regionId),
    queryFn: () => engine.call('DescribeInstances', { RegionId: regionId, PageSize: 100 }),
    select: (res) => res.Instances.Instance,
  });
}
