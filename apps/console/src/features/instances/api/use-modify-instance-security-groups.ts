import { useMutation } from '@tanstack/react-query';
import { groupSetChanges } from '../../../components/change-security-groups/group-set-changes.ts';
import { assertUnchanged } from '../../../lib/changed-meanwhile.ts';
import { useEngine } from '../../../lib/engine-provider.tsx';

interface ModifyInstanceSecurityGroupsParams {
  RegionId: string;
  InstanceId: string;
  /** The whole new set of the primary interface's groups: groups not listed are left. */
  SecurityGroupIds: string[];
  /** The set the dialog started from: if the stored set is no longer this one, nothing is written. */
  openedOn: readonly string[];
}

/**
 * ModifyInstanceAttribute with SecurityGroupIds: one call replaces the instance's groups, or changes nothing.
 * Refused with InvalidOperation.Conflict when the groups changed since the dialog was opened.
 */
export function useModifyInstanceSecurityGroups() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ openedOn, ...params }: ModifyInstanceSecurityGroupsParams) =>
      engine.batch(async (call) => {
        const found = await call('DescribeInstances', { RegionId: params.RegionId, InstanceIds: [params.InstanceId] });
        const now = found.Instances.Instance[0]?.SecurityGroupIds.SecurityGroupId;
        if (now) assertUnchanged(`The security groups of ${params.InstanceId}`, groupSetChanges(openedOn, now));
        return call('ModifyInstanceAttribute', params);
      }),
  });
}
