import { defineAction } from '../define.ts';
import { revokeRules, type RevokeParams, type RevokeResponse } from './revoke-rules.ts';

export type RevokeSecurityGroupParams = RevokeParams;
export type RevokeSecurityGroupResponse = RevokeResponse;

/**
 * Removes inbound rules by ID (a missing ID fails the call) or by permission (no match is a no-op).
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId, InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct, InvalidParam.Permissions, InvalidParameter, InvalidParam.SecurityGroupRuleId, InvalidParam.SecurityGroupRuleIdRepeated, MissingParameter, InvalidIpPortRange.Malformed and the permission codes of AuthorizeSecurityGroup
 */
export const revokeSecurityGroup = defineAction<RevokeSecurityGroupParams, RevokeSecurityGroupResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    return revokeRules(ctx, params, 'ingress');
  },
});
