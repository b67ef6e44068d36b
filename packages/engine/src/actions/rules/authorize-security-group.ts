import { defineAction } from '../define.ts';
import { authorizeRules, type AuthorizeParams, type AuthorizeResponse } from './authorize-rules.ts';

export type AuthorizeSecurityGroupParams = AuthorizeParams;
export type AuthorizeSecurityGroupResponse = AuthorizeResponse;

/**
 * Adds inbound rules; a permission identical to an existing rule adds nothing and still succeeds.
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId, InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct, MissingParameter, InvalidParameter, InvalidParam.Permissions, MissingParameter.IpProtocol, InvalidIpProtocol.ValueNotSupported, InvalidParam.PortRange, InvalidPortRange.Malformed, InvalidSourcePortRange.Malformed, OperationDenied, InvalidParam.ProtocolNotSupportPortRangeList, InvalidPolicy.Malformed, InvalidPriority.Malformed, InvalidNicType.ValueNotSupported, InvalidSourceOrDestGroupId.DirectionMissmatch, InvalidParam.SourceIp, InvalidParam.DestIp, MissingParameter.Source, InvalidSourceCidrIp.Malformed, InvalidParam.Ipv6SourceCidrIp, InvalidDestCidrIp.Malformed, InvalidParam.Ipv6DestCidrIp, InvalidParameter.Conflict, InvalidParamter.Conflict, InvalidParam.Ipv4ProtocolConflictWithIpv6Address, InvalidParam.Ipv6ProtocolConflictWithIpv4Address, InvalidSecurityGroupDiscription.Malformed, InvalidSourceGroupId.Mismatch, InvalidSourceGroupId.NotFound, InvalidGroupParameter.OperationDenied, InvalidGroupAuthParameter.OperationDenied, InvalidPrefixListId.NotFound, InvalidParam.PrefixListAddressFamilyMismatch, LimitExceed.PrefixListAssociationResource, InvalidPortRangeListId.NotFound, LimitExceed.PortRangeListAssociationResource, InvalidParam.DuplicatePermissions, AuthorizationLimitExceed (a rule naming a prefix list or port list counts as the list's MaxEntries), AuthorizedGroupRule.LimitExceed
 */
export const authorizeSecurityGroup = defineAction<AuthorizeSecurityGroupParams, AuthorizeSecurityGroupResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    return authorizeRules(ctx, params, 'ingress');
  },
});
