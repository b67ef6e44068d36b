import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** StopInstance: a Running instance becomes Stopped. */
export function useStopInstance() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ RegionId, InstanceId }: { RegionId: string; InstanceId: string }) =>
      engine.call('StopInstance', { RegionId, InstanceId }),
  });
}
