import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface RevokeRulesInput {
  regionId: string;
  groupId: string;
  direction: 'ingress' | 'egress';
  ruleIds: string[];
}

/** RevokeSecurityGroup (inbound) or RevokeSecurityGroupEgress (outbound) by rule IDs, in one call. */
export function useRevokeRules() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, groupId, direction, ruleIds }: RevokeRulesInput) =>
      engine.call(direction === 'ingress' ? 'RevokeSecurityGroup' : 'RevokeSecurityGroupEgress', {
        RegionId: regionId,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ruleIds,
      }),
  });
}
