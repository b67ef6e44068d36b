import { defineAction } from '../define.ts';
import { authorizeRules, type AuthorizeParams, type AuthorizeResponse } from './authorize-rules.ts';

export type AuthorizeSecurityGroupEgressParams = AuthorizeParams;
export type AuthorizeSecurityGroupEgressResponse = AuthorizeResponse;

/**
 * Adds outbound rules; the peer is Dest*, and SourceCidrIp narrows the local address.
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), the codes of AuthorizeSecurityGroup with the Dest twins: MissingParameter.Dest, InvalidParam.DestIp, InvalidDestCidrIp.Malformed, InvalidParam.Ipv6DestCidrIp, InvalidDestGroupId.NotFound, InvalidDestGroupId.Mismatch, InvalidSecurityGroup.IsSame (self-reference)
 */
export const authorizeSecurityGroupEgress = defineAction<
  AuthorizeSecurityGroupEgressParams,
  AuthorizeSecurityGroupEgressResponse
>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    return authorizeRules(ctx, params, 'egress');
  },
});
