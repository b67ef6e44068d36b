import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** ModifySecurityGroupSnapshotPolicy: name, status, retention or bucket. */
export function useModifySnapshotPolicy() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'ModifySecurityGroupSnapshotPolicy'>) =>
      engine.call('ModifySecurityGroupSnapshotPolicy', params),
  });
}
