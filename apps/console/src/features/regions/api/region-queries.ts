import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

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
