import { useMutation } from '@tanstack/react-query';
import type { PermissionInput } from '@sg/engine/forms';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface ModifyRuleInput {
  regionId: string;
  groupId: string;
  direction: 'ingress' | 'egress';
  ruleId: string;
  /** Only the fields that change; the rule keeps the others. */
  changes: PermissionInput;
}

/** ModifySecurityGroupRule (inbound) or ModifySecurityGroupEgressRule (outbound): one rule, by ID. */
export function useModifyRule() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, groupId, direction, ruleId, changes }: ModifyRuleInput) =>
      engine.call(direction === 'ingress' ? 'ModifySecurityGroupRule' : 'ModifySecurityGroupEgressRule', {
        ...changes,
        RegionId: regionId,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ruleId,
      }),
  });
}
