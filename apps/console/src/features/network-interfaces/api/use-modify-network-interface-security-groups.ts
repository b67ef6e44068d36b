import { useMutation } from '@tanstack/react-query';
import { groupSetChanges } from '../../../components/change-security-groups/group-set-changes.ts';
import { assertUnchanged } from '../../../lib/changed-meanwhile.ts';
import { useEngine } from '../../../lib/engine-provider.tsx';

interface ModifyNetworkInterfaceSecurityGroupsParams {
  RegionId: string;
  NetworkInterfaceId: string;
  /** The whole new set: the interface leaves every group not listed. */
  SecurityGroupId: string[];
  /** The set the dialog started from: if the stored set is no longer this one, nothing is written. */
  openedOn: readonly string[];
}

/**
 * ModifyNetworkInterfaceAttribute with SecurityGroupId.N: one call replaces the interface's groups, or changes
 * nothing. Refused with InvalidOperation.Conflict when the groups changed since the dialog was opened.
 */
export function useModifyNetworkInterfaceSecurityGroups() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ openedOn, ...params }: ModifyNetworkInterfaceSecurityGroupsParams) =>
      engine.batch(async (call) => {
        const found = await call('DescribeNetworkInterfaces', {
          RegionId: params.RegionId,
          NetworkInterfaceId: [params.NetworkInterfaceId],
        });
        const now = found.NetworkInterfaceSets.NetworkInterfaceSet[0]?.SecurityGroupIds.SecurityGroupId;
        const what = `The security groups of ${params.NetworkInterfaceId}`;
        if (now) assertUnchanged(what, groupSetChanges(openedOn, now));
        return call('ModifyNetworkInterfaceAttribute', params);
      }),
  });
}
