import { defineAction } from '../define.ts';
import { modifyRule, type ModifyRuleParams, type ModifyRuleResponse } from './modify-rule.ts';

export type ModifySecurityGroupEgressRuleParams = ModifyRuleParams;
export type ModifySecurityGroupEgressRuleResponse = ModifyRuleResponse;

/**
 * Changes an outbound rule by ID; the kind of destination, NicType and the port kind stay fixed.
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), the codes of ModifySecurityGroupRule, with the Dest twins of the permission and reference codes
 */
export const modifySecurityGroupEgressRule = defineAction<
  ModifySecurityGroupEgressRuleParams,
  ModifySecurityGroupEgressRuleResponse
>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    return modifyRule(ctx, params, 'egress');
  },
});
