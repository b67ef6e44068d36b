import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** StartInstance: a Stopped instance becomes Running. */
export function useStartInstance() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ RegionId, InstanceId }: { RegionId: string; InstanceId: string }) =>
      engine.call('StartInstance', { RegionId, InstanceId }),
  });
}
