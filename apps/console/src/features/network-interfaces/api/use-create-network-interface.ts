import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** CreateNetworkInterface: resolves to the new interface's ID. */
export function useCreateNetworkInterface() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'CreateNetworkInterface'>) =>
      engine.call('CreateNetworkInterface', params).then((res) => res.NetworkInterfaceId),
  });
}
