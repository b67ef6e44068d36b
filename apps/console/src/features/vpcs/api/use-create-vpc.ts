import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** CreateVpc: resolves to the new VPC's ID. */
export function useCreateVpc() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'CreateVpc'>) => engine.call('CreateVpc', params).then((res) => res.VpcId),
  });
}
