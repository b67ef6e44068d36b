import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** Sets intra-group connectivity (Accept) or internal isolation (Drop). */
export function useModifySecurityGroupPolicy() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'ModifySecurityGroupPolicy'>) => engine.call('ModifySecurityGroupPolicy', params),
  });
}
