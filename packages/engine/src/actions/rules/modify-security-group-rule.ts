import { defineAction } from '../define.ts';
import { modifyRule, type ModifyRuleParams, type ModifyRuleResponse } from './modify-rule.ts';

export type ModifySecurityGroupRuleParams = ModifyRuleParams;
export type ModifySecurityGroupRuleResponse = ModifyRuleResponse;

/**
 * Changes an inbound rule by ID; the kind of source, NicType and the port kind stay fixed.
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParameter.SecurityGroupRuleId, InvalidSecurityGroupRuleId.NotFound, InvalidOperation.ModifySgRuleEntityType, InvalidOperation.ModifyNicType, InvalidOperation.ModifyPortRangeType, InvalidParam.InvalidModifyRuleRequest, InvalidOperation.RuleDuplicate, plus the group, permission, reference and quota codes of AuthorizeSecurityGroup (the quotas when the rule moves to a list with a larger MaxEntries)
 */
export const modifySecurityGroupRule = defineAction<ModifySecurityGroupRuleParams, ModifySecurityGroupRuleResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    return modifyRule(ctx, params, 'ingress');
  },
});
