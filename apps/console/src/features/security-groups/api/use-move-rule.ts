import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface MoveRuleInput {
  regionId: string;
  groupId: string;
  ruleId: string;
  /** The rule's new place among its direction's rules, from 0 (the top). */
  policyIndex: number;
  /** The group's rules Version the table was showing (DescribeSecurityGroupAttribute's); a stale one is refused. */
  version: string | undefined;
}

/** MoveSecurityGroupRule: one rule up or down among its direction's rules, where rules are ordered by position. */
export function useMoveRule() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, groupId, ruleId, policyIndex, version }: MoveRuleInput) =>
      engine.call('MoveSecurityGroupRule', {
        RegionId: regionId,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ruleId,
        PolicyIndex: policyIndex,
        ...(version === undefined ? {} : { Version: version }),
      }),
  });
}
