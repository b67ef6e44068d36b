import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** CreateSecurityGroupSnapshotPolicy. The EngineProvider refetches every query after a change. */
export function useCreateSnapshotPolicy() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'CreateSecurityGroupSnapshotPolicy'>) =>
      engine.call('CreateSecurityGroupSnapshotPolicy', params),
  });
}
