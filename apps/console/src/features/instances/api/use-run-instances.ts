import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** RunInstances: resolves to the new instances' IDs. */
export function useRunInstances() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'RunInstances'>) =>
      engine.call('RunInstances', params).then((res) => res.InstanceIdSets.InstanceIdSet),
  });
}
