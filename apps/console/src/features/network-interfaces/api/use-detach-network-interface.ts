import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** DetachNetworkInterface: a secondary interface leaves its instance and is Available again. */
export function useDetachNetworkInterface() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'DetachNetworkInterface'>) => engine.call('DetachNetworkInterface', params),
  });
}
