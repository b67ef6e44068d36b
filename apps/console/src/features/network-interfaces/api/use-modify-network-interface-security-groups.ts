import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

interface ModifyNetworkInterfaceSecurityGroupsParams {
  RegionId: string;
  NetworkInterfaceId: string;
  /** The whole new set: the interface leaves every group not listed. */
  SecurityGroupId: string[];
}

/** ModifyNetworkInterfaceAttribute with SecurityGroupId.N: one call replaces the interface's groups, or changes nothing. */
export function useModifyNetworkInterfaceSecurityGroups() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ModifyNetworkInterfaceSecurityGroupsParams) =>
      engine.call('ModifyNetworkInterfaceAttribute', params),
  });
}
