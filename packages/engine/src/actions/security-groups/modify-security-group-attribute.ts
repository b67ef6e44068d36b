import { groupDescriptionProblem, securityGroupNameProblem } from '../../validate/names.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import { assertNotManaged, readGroupId, requireGroup } from './group-lookup.ts';

export interface ModifySecurityGroupAttributeParams {
  RegionId: string;
  SecurityGroupId: string;
  /** Left as it is when absent; '' clears it (Create allows an empty name). */
  SecurityGroupName?: string;
  /** Left as it is when absent; '' clears it. */
  Description?: string;
}

export type ModifySecurityGroupAttributeResponse = Record<string, never>;

/**
 * Renames a group and/or changes its description, with CreateSecurityGroup's validation.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupName.Malformed, InvalidDescription.Malformed,
 * InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct
 */
export const modifySecurityGroupAttribute = defineAction<
  ModifySecurityGroupAttributeParams,
  ModifySecurityGroupAttributeResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const groupId = readGroupId(params.SecurityGroupId);
    const nameGiven = params.SecurityGroupName !== undefined && params.SecurityGroupName !== null;
    const descriptionGiven = params.Description !== undefined && params.Description !== null;
    const name = optionalString(params.SecurityGroupName, 'SecurityGroupName');
    if (nameGiven) assertNoProblem(securityGroupNameProblem(name, ctx.profile.name), 'SecurityGroupName');
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(groupDescriptionProblem(description, ctx.profile.name), 'Description');
    const group = requireGroup(ctx.tx, region.RegionId, groupId);
    assertNotManaged(group);
    if (!nameGiven && !descriptionGiven) return {};
    ctx.tx.put('securityGroups', groupId, {
      ...group,
      SecurityGroupName: nameGiven ? name : group.SecurityGroupName,
      Description: descriptionGiven ? description : group.Description,
    });
    return {};
  },
});
