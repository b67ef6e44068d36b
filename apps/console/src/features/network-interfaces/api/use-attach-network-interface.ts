import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** AttachNetworkInterface: an Available secondary interface joins an instance. */
export function useAttachNetworkInterface() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'AttachNetworkInterface'>) => engine.call('AttachNetworkInterface', params),
  });
}
