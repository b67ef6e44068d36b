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

/** RevokeSecurityGroup (inbound) or RevokeSecurityGroupEgress (outbound) by rule IDs, in one call. */
export function useRevokeRules() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, groupId, direction, ruleIds, version }: RevokeRulesInput) =>
      engine.call(direction === 'ingress' ? 'RevokeSecurityGroup' : 'RevokeSecurityGroupEgress', {
        RegionId: regionId,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ruleIds,
        ...(version === undefined ? {} : { Version: version }),
      }),
  });
}
