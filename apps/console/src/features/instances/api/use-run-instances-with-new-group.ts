import { useMutation } from '@tanstack/react-query';
import { type ParamsOf } from '@sg/engine';
import { consoleCreatedGroupEgress, type TemplatePermission } from '@sg/engine/forms';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface RunInstancesWithNewGroupInput {
  group: ParamsOf<'CreateSecurityGroup'>;
  /** The chosen common rules, inbound. */
  ingress: TemplatePermission[];
  /** RunInstances without its groups: the instance joins the new group only. */
  run: Omit<ParamsOf<'RunInstances'>, 'SecurityGroupIds' | 'DefaultGroupOpenWeb'>;
}

/**
 * Create Instance with "New Security Group": CreateSecurityGroup, its rules (and the console's allow-all outbound
 * rule for an advanced group) and RunInstances in one batch, so a failed launch leaves no orphan group behind.
 * Resolves to the new instances' IDs.
 */
export function useRunInstancesWithNewGroup() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ group, ingress, run }: RunInstancesWithNewGroupInput) =>
      engine.batch(async (call) => {
        const { SecurityGroupId } = await call('CreateSecurityGroup', group);
        if (ingress.length > 0) {
          await call('AuthorizeSecurityGroup', { RegionId: group.RegionId, SecurityGroupId, Permissions: ingress });
        }
        const egress = consoleCreatedGroupEgress(group.SecurityGroupType ?? 'normal');
        if (egress.length > 0) {
          await call('AuthorizeSecurityGroupEgress', {
            RegionId: group.RegionId,
            SecurityGroupId,
            Permissions: egress,
          });
        }
        const res = await call('RunInstances', { ...run, SecurityGroupIds: [SecurityGroupId] });
        return res.InstanceIdSets.InstanceIdSet;
      }),
  });
}
