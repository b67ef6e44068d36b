import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** CreateVSwitch: resolves to the new vSwitch's ID. */
export function useCreateVSwitch() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'CreateVSwitch'>) =>
      engine.call('CreateVSwitch', params).then((res) => res.VSwitchId),
  });
}
