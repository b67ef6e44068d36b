import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** Removes the rules of other groups that reference the group, then deletes it. */
export function useForceDeleteSecurityGroup() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'ForceDeleteSecurityGroup'>) => engine.call('ForceDeleteSecurityGroup', params),
  });
}
