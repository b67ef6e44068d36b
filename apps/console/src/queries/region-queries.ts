import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

/** Regions: shared by the region picker and every form that places a resource in another region. */
export const regionKeys = {
  all: ['regions'] as const,
};

export function regionsQuery(engine: Engine) {
  return queryOptions({
    queryKey: regionKeys.all,
    queryFn: () => engine.call('DescribeRegions', {}),
    select: (res) => res.Regions.Region,
  });
}
