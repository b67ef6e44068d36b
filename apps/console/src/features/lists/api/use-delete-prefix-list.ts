import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import type { DeleteListInput } from './list-inputs.ts';

/** DeletePrefixList: refused (DependencyViolation.PrefixList) while a rule references the list. */
export function useDeletePrefixList() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, id }: DeleteListInput) =>
      engine.call('DeletePrefixList', { RegionId: regionId, PrefixListId: id }),
  });
}
