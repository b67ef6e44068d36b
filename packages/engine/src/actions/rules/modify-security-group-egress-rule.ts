import { defineAction } from '../define.ts';
import { modifyRule, type ModifyRuleParams, type ModifyRuleResponse } from './modify-rule.ts';

export type ModifySecurityGroupEgressRuleParams = ModifyRuleParams;
export type ModifySecurityGroupEgressRuleResponse = ModifyRuleResponse;

/**
 * Changes an outbound rule by ID; the kind of destination, NicType and the port kind stay fixed.
 * @throws the codes of ModifySecurityGroupRule, with the Dest twins of the permission and reference codes
 */
export const modifySecurityGroupEgressRule = defineAction<
  ModifySecurityGroupEgressRuleParams,
  ModifySecurityGroupEgressRuleResponse
>({
  readOnly: false,
  run(ctx, params) {
    return modifyRule(ctx, params, 'egress');
  },
});
