import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** Turns deletion protection of a group on or off. */
export function useModifySecurityGroupDeletionProtection() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'ModifySecurityGroupDeletionProtection'>) =>
      engine.call('ModifySecurityGroupDeletionProtection', params),
  });
}
