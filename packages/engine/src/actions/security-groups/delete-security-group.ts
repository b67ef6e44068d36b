import { fail } from '../../errors.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import type { SecurityGroup } from '../../model/security-group.ts';
import type { Transaction } from '../../transaction.ts';
import { requireRegion, requiredString } from '../../validate/params.ts';
import { assertNoProblem, problem, type Problem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import type { ActionContext } from '../../context.ts';
import { assertNotManaged, findGroup, membersOf, referencingGroups } from './group-lookup.ts';

export interface DeleteSecurityGroupParams {
  RegionId: string;
  SecurityGroupId: string;
}

export type DeleteSecurityGroupResponse = Record<string, never>;

export interface GroupHolders {
  members: NetworkInterface[];
  referencing: SecurityGroup[];
}

export function holdersOf(tx: Transaction, group: SecurityGroup): GroupHolders {
  return { members: membersOf(tx, group.SecurityGroupId), referencing: referencingGroups(tx, group.SecurityGroupId) };
}

/**
 * Why the group cannot be deleted (after the managed check), in the API's order; null when it can.
 * The console's delete dialog reads the same answer through DescribeSecurityGroupDependencies.
 */
export function deletionProblem(group: SecurityGroup, holders: GroupHolders): Problem | null {
  if (group.DeletionProtection) {
    return problem(
      'InvalidOperation.DeletionProtection',
      'The security group cannot be deleted because deletion protection is enabled for it.',
      403,
    );
  }
  if (holders.members.length > 0) {
    return problem('DependencyViolation', 'There is still instance(s) in the specified security group.', 403);
  }
  if (holders.referencing.length > 0) {
    return problem('DependencyViolation', 'The specified security group has been authorized in another one.', 403);
  }
  return null;
}

/**
 * The group a delete names, found with Delete's own not-found code and refused when a cloud service
 * manages it; ForceDeleteSecurityGroup reads its group through here too.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroup.NotFound, InvalidOperation.ResourceManagedByCloudProduct
 */
export function requireGroupToDelete(ctx: ActionContext, params: DeleteSecurityGroupParams): SecurityGroup {
  const region = requireRegion(ctx, params.RegionId);
  const groupId = requiredString(params.SecurityGroupId, 'SecurityGroupId');
  // Delete documents no Malformed code: an ID that cannot exist is simply not found.
  const group = findGroup(ctx.tx, region.RegionId, groupId);
  if (!group) {
    fail('InvalidSecurityGroup.NotFound', 'The specified security group is not found.', 404, 'SecurityGroupId');
  }
  assertNotManaged(group);
  return group;
}

/**
 * Deletes a group and its rules (they live in the group's record: one write).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroup.NotFound, InvalidOperation.ResourceManagedByCloudProduct,
 * InvalidOperation.DeletionProtection, DependencyViolation
 */
export const deleteSecurityGroup = defineAction<DeleteSecurityGroupParams, DeleteSecurityGroupResponse>({
  readOnly: false,
  run(ctx, params) {
    const group = requireGroupToDelete(ctx, params);
    assertNoProblem(deletionProblem(group, holdersOf(ctx.tx, group)), 'SecurityGroupId');
    ctx.tx.delete('securityGroups', group.SecurityGroupId);
    return {};
  },
});
