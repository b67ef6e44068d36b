import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

/** The world's (possibly simulated) time: the header shows it, exports are dated with it. */
export const clockKeys = {
  all: ['clock'] as const,
};

export function clockQuery(engine: Engine) {
  return queryOptions({
    queryKey: clockKeys.all,
    queryFn: () => engine.call('DescribeClock', {}),
    // The real clock runs on between engine changes (which refetch every query anyway).
    refetchInterval: 1000,
  });
}
