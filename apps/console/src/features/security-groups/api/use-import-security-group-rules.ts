import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** ImportSecurityGroupRules: the engine classifies the file again and writes every ready row in one transaction. */
export function useImportSecurityGroupRules() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'ImportSecurityGroupRules'>) => engine.call('ImportSecurityGroupRules', params),
  });
}
