import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** DeleteNetworkInterface: an Available secondary interface is gone, its IP back to the vSwitch. */
export function useDeleteNetworkInterface() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'DeleteNetworkInterface'>) => engine.call('DeleteNetworkInterface', params),
  });
}
