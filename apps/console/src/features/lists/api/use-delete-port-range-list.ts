import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import type { DeleteListInput } from './list-inputs.ts';

/** DeletePortRangeList: refused (DependencyViolation.PortRangeList) while a rule uses the list. */
export function useDeletePortRangeList() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, id }: DeleteListInput) =>
      engine.call('DeletePortRangeList', { RegionId: regionId, PortRangeListId: id }),
  });
}
