import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

interface ModifyInstanceSecurityGroupsParams {
  RegionId: string;
  InstanceId: string;
  /** The whole new set of the primary interface's groups: groups not listed are left. */
  SecurityGroupIds: string[];
}

/** ModifyInstanceAttribute with SecurityGroupIds: one call replaces the instance's groups, or changes nothing. */
export function useModifyInstanceSecurityGroups() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ModifyInstanceSecurityGroupsParams) => engine.call('ModifyInstanceAttribute', params),
  });
}
