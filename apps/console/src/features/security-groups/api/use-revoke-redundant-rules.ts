import { useMutation } from '@tanstack/react-query';
import type { Permission } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface RevokeRedundantRulesInput {
  regionId: string;
  groupId: string;
  /** Rules of both directions. */
  rules: Permission[];
}

/**
 * Health Check's "Delete Selected Rules": RevokeSecurityGroup for the inbound rules and RevokeSecurityGroupEgress
 * for the outbound ones, by rule ID, in one batch: every selected rule is deleted, or none. A call takes at most
 * the profile's permissionsPerCall IDs, so a long selection is sent in several calls of the same batch.
 */
export function useRevokeRedundantRules() {
  const engine = useEngine();
  const perCall = engine.profile.limits.permissionsPerCall;
  return useMutation({
    mutationFn: ({ regionId, groupId, rules }: RevokeRedundantRulesInput) =>
      engine.batch(async (call) => {
        for (const direction of ['ingress', 'egress'] as const) {
          const ids = rules.filter((r) => r.Direction === direction).map((r) => r.SecurityGroupRuleId);
          for (let start = 0; start < ids.length; start += perCall) {
            await call(direction === 'ingress' ? 'RevokeSecurityGroup' : 'RevokeSecurityGroupEgress', {
              RegionId: regionId,
              SecurityGroupId: groupId,
              SecurityGroupRuleId: ids.slice(start, start + perCall),
            });
          }
        }
      }),
  });
}
