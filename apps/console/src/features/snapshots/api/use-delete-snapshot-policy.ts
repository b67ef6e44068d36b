import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** DeleteSecurityGroupSnapshotPolicy; the policy's snapshots stay until they expire. */
export function useDeleteSnapshotPolicy() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'DeleteSecurityGroupSnapshotPolicy'>) =>
      engine.call('DeleteSecurityGroupSnapshotPolicy', params),
  });
}
