import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface RevokeRulesInput {
  regionId: string;
  groupId: string;
  direction: 'ingress' | 'egress';
  ruleIds: string[];
  /** The group's rules Version the dialog was opened on (Tencent); a stale one is refused. */
  version?: string;
}

/**
 * RevokeSecurityGroup (inbound) or RevokeSecurityGroupEgress (outbound) by rule IDs: as many calls as the cloud's
 * per-call limit needs (100 IDs for Alibaba), in one batch so that all go or none. The Version goes with the first:
 * the later calls see the change of the first, in the same transaction.
 */
export function useRevokeRules() {
  const engine = useEngine();
  const perCall = engine.profile.limits.permissionsPerCall;
  return useMutation({
    mutationFn: ({ regionId, groupId, direction, ruleIds, version }: RevokeRulesInput) =>
      engine.batch(async (call) => {
        for (let start = 0; start < ruleIds.length; start += perCall) {
          await call(direction === 'ingress' ? 'RevokeSecurityGroup' : 'RevokeSecurityGroupEgress', {
            RegionId: regionId,
            SecurityGroupId: groupId,
            SecurityGroupRuleId: ruleIds.slice(start, start + perCall),
            ...(version === undefined || start > 0 ? {} : { Version: version }),
          });
        }
      }),
  });
}
