import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** Renames a group or changes its description. The EngineProvider refetches every query after a change. */
export function useModifySecurityGroupAttribute() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'ModifySecurityGroupAttribute'>) =>
      engine.call('ModifySecurityGroupAttribute', params),
  });
}
