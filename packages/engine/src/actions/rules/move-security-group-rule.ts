import { fail } from '../../errors.ts';
import { requiredString } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { requireRuleGroup, saveRules } from './rule-group.ts';
import { checkRulesVersion, placeRules, readPolicyIndex, rulesOf } from './rule-position.ts';

export interface MoveSecurityGroupRuleParams {
  RegionId: string;
  SecurityGroupId: string;
  SecurityGroupRuleId: string;
  /** The rule's new place among its direction's rules, from 0 (the top). */
  PolicyIndex: number;
  /** The rules' current Version; refused when stale, not checked when absent. */
  Version?: string | number;
}

export type MoveSecurityGroupRuleResponse = Record<never, never>;

/**
 * Ours, for clouds whose rules decide by position (Tencent: the console's "Move up" and "Move down", which the
 * API does with ReplaceSecurityGroupPolicies' UpdateType Priority): puts one rule at PolicyIndex among the rules of
 * its direction; the others keep their order. Refused where a priority number orders the rules (Alibaba: change
 * Priority with ModifySecurityGroupRule) or the rules are a union (JD).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct, MissingParameter.SecurityGroupRuleId,
 * InvalidSecurityGroupRuleId.NotFound, MissingParameter.PolicyIndex, InvalidParameterValue.Range,
 * UnsupportedOperation.VersionMismatch, InvalidOperation.NotSupported
 */
export const moveSecurityGroupRule = defineAction<MoveSecurityGroupRuleParams, MoveSecurityGroupRuleResponse>({
  readOnly: false,
  run(ctx, params) {
    const group = requireRuleGroup(ctx, params.RegionId, params.SecurityGroupId);
    if (ctx.profile.rules.ordering !== 'position') {
      fail(
        'InvalidOperation.NotSupported',
        'The rules of this cloud are not ordered by position: a rule cannot be moved.',
        400,
        'PolicyIndex',
      );
    }
    checkRulesVersion(ctx, group, params.Version);
    const ruleId = requiredString(params.SecurityGroupRuleId, 'SecurityGroupRuleId');
    const rule = group.Rules.find((r) => r.SecurityGroupRuleId === ruleId);
    if (!rule) {
      fail(
        'InvalidSecurityGroupRuleId.NotFound',
        `The security group rule ${ruleId} does not exist in the security group.`,
        404,
        'SecurityGroupRuleId',
      );
    }
    if (params.PolicyIndex === undefined || params.PolicyIndex === null) {
      fail('MissingParameter.PolicyIndex', 'The input parameter PolicyIndex is not supplied.', 400, 'PolicyIndex');
    }
    const others = group.Rules.filter((r) => r !== rule);
    const index = readPolicyIndex(ctx, params.PolicyIndex, rulesOf(others, rule.Direction).length);
    if (rulesOf(group.Rules, rule.Direction).indexOf(rule) === index) return {};
    saveRules(ctx, group, placeRules(others, [rule], rule.Direction, index));
    return {};
  },
});
