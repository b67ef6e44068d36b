import { fail } from '../../errors.ts';
import type { InnerAccessPolicy } from '../../model/security-group.ts';
import { optionalString, requireRegion, requiredString } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { assertNotManaged, readGroupId, requireGroup } from './group-lookup.ts';

export interface ModifySecurityGroupPolicyParams {
  RegionId: string;
  /** Idempotence: a retry with the same token and parameters answers the first call again (client-token.ts). */
  ClientToken?: string;
  SecurityGroupId: string;
  /** `Accept` (members reach each other) or `Drop` (internal isolation); any letter case. */
  InnerAccessPolicy: string;
}

export type ModifySecurityGroupPolicyResponse = Record<string, never>;

/**
 * Sets intra-group connectivity of a basic group; an enterprise group is always isolated (Drop).
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParamter.RegionId (sic, as the API spells it), InvalidRegionId.NotFound,
 * MissingParameter.SecurityGroupId, InvalidSecurityGroupId.Malformed, InvalidPolicy.Malformed,
 * InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct, InvalidParameter.InnerAccessPolicy
 */
export const modifySecurityGroupPolicy = defineAction<
  ModifySecurityGroupPolicyParams,
  ModifySecurityGroupPolicyResponse
>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    // This API's documented code for a missing region is misspelt; check it before the shared reader.
    requiredString(params.RegionId, 'RegionId', 'MissingParamter.RegionId');
    const region = requireRegion(ctx, params.RegionId);
    const groupId = readGroupId(params.SecurityGroupId);
    const raw = optionalString(params.InnerAccessPolicy, 'InnerAccessPolicy').toLowerCase();
    if (raw !== 'accept' && raw !== 'drop') {
      fail(
        'InvalidPolicy.Malformed',
        "The Policy is invalid. Only 'Accept' and 'Drop' are supported. Ignore case.",
        400,
        'InnerAccessPolicy',
      );
    }
    const policy: InnerAccessPolicy = raw === 'accept' ? 'Accept' : 'Drop';
    if (ctx.profile.rules.defaults !== 'alibaba') {
      fail(
        'InvalidOperation.NotSupported',
        'Security groups of this cloud have no internal access policy: instances of a group reach each other only through rules.',
        400,
        'InnerAccessPolicy',
      );
    }
    const group = requireGroup(ctx.tx, region.RegionId, groupId);
    assertNotManaged(group);
    if (group.SecurityGroupType === 'enterprise') {
      fail(
        'InvalidParameter.InnerAccessPolicy',
        "The InnerAccessPolicy attribute of enterprise level security group can't be modified.",
        404,
        'InnerAccessPolicy',
      );
    }
    if (group.InnerAccessPolicy !== policy)
      ctx.tx.put('securityGroups', groupId, { ...group, InnerAccessPolicy: policy });
    return {};
  },
});
