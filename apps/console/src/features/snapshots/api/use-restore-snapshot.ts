import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** RestoreSecurityGroupSnapshot: overwrites the group's rules (one or both directions) in one call. */
export function useRestoreSnapshot() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'RestoreSecurityGroupSnapshot'>) =>
      engine.call('RestoreSecurityGroupSnapshot', params),
  });
}
