import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** CloneSecurityGroup: the new group and its copied rules in one transaction. */
export function useCloneSecurityGroup() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'CloneSecurityGroup'>) => engine.call('CloneSecurityGroup', params),
  });
}
