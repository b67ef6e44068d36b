import { defineAction } from '../define.ts';
import { revokeRules, type RevokeParams, type RevokeResponse } from './revoke-rules.ts';

export type RevokeSecurityGroupEgressParams = RevokeParams;
export type RevokeSecurityGroupEgressResponse = RevokeResponse;

/**
 * Removes outbound rules by ID (a missing ID fails the call) or by permission (no match is a no-op).
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), InvalidSecurityGroupRule.RuleNotExist (missing ID) and otherwise the codes of RevokeSecurityGroup, with the Dest twins of the permission codes
 */
export const revokeSecurityGroupEgress = defineAction<
  RevokeSecurityGroupEgressParams,
  RevokeSecurityGroupEgressResponse
>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    return revokeRules(ctx, params, 'egress');
  },
});
