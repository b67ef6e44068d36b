import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { securityGroupKeys } from './security-group-queries.ts';

export interface RevokeRulesInput {
  regionId: string;
  groupId: string;
  direction: 'ingress' | 'egress';
  ruleIds: string[];
}

/** RevokeSecurityGroup (inbound) or RevokeSecurityGroupEgress (outbound) by rule IDs, in one call. */
export function useRevokeRules() {
  const engine = useEngine();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ regionId, groupId, direction, ruleIds }: RevokeRulesInput) =>
      engine.call(direction === 'ingress' ? 'RevokeSecurityGroup' : 'RevokeSecurityGroupEgress', {
        RegionId: regionId,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ruleIds,
      }),
    onSuccess: (_response, { regionId, groupId }) =>
      queryClient.invalidateQueries({ queryKey: securityGroupKeys.detail(regionId, groupId) }),
  });
}
