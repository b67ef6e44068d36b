import { fail } from '../../errors.ts';
import { optionalBoolean, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { assertNotManaged, readGroupId, requireGroup } from './group-lookup.ts';

export interface ModifySecurityGroupDeletionProtectionParams {
  RegionId: string;
  SecurityGroupId: string;
  DeletionProtection: boolean;
}

export type ModifySecurityGroupDeletionProtectionResponse = Record<string, never>;

/**
 * Console extension, not part of the real API (there, protection is set by services such as ACK):
 * turns deletion protection of a group on or off. Managed groups keep theirs.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, MissingParameter.DeletionProtection, InvalidParameter,
 * InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct
 */
export const modifySecurityGroupDeletionProtection = defineAction<
  ModifySecurityGroupDeletionProtectionParams,
  ModifySecurityGroupDeletionProtectionResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const groupId = readGroupId(params.SecurityGroupId);
    const protection = optionalBoolean(params.DeletionProtection, 'DeletionProtection');
    if (protection === undefined) {
      fail(
        'MissingParameter.DeletionProtection',
        'The parameter "DeletionProtection" should not be null.',
        400,
        'DeletionProtection',
      );
    }
    const group = requireGroup(ctx.tx, region.RegionId, groupId);
    assertNotManaged(group);
    if (group.DeletionProtection !== protection) {
      ctx.tx.put('securityGroups', groupId, { ...group, DeletionProtection: protection });
    }
    return {};
  },
});
