import { fail } from '../../errors.ts';
import type { Vpc } from '../../model/network.ts';
import type { SecurityGroup } from '../../model/security-group.ts';
import { optionalArray, optionalString } from '../../validate/params.ts';
import type { ActionContext } from '../define.ts';

/**
 * The groups a new instance's primary interface joins, checked as RunInstances checks them.
 * None given: the VPC's default group (the caller makes it). Codes are RunInstances' own; where it
 * documents none (mixed types) CreateInstance's is used.
 * @throws InvalidParameter, InvalidParameter.SecurityGroupIdRepeated, JoinedGroupLimitExceed,
 * InvalidSecurityGroupId.NotFound, InvalidParameter.Mismatch, InvalidOperation.MultiGroupType
 */
export function launchGroups(ctx: ActionContext, value: unknown, vpc: Vpc): SecurityGroup[] {
  const ids = optionalArray(value, 'SecurityGroupIds').map((id) => optionalString(id, 'SecurityGroupIds'));
  if (new Set(ids).size !== ids.length) {
    fail(
      'InvalidParameter.SecurityGroupIdRepeated',
      'The specified security group ids has repeated.',
      404,
      'SecurityGroupIds',
    );
  }
  const limit = ctx.profile.limits.groupsPerInterface;
  if (ids.length > limit) {
    fail(
      'JoinedGroupLimitExceed',
      `The number of security groups that an instance can join exceeds the limit (${limit}).`,
      400,
      'SecurityGroupIds',
    );
  }
  const groups = ids.map((id) => {
    const group = ctx.tx.get('securityGroups', id);
    if (!group || group.RegionId !== vpc.RegionId) {
      fail(
        'InvalidSecurityGroupId.NotFound',
        'The SecurityGroupId provided does not exist in our records.',
        404,
        'SecurityGroupIds',
      );
    }
    return group;
  });
  if (groups.some((g) => g.VpcId !== vpc.VpcId)) {
    fail(
      'InvalidParameter.Mismatch',
      'Specified security group and virtual switch are not in the same VPC.',
      400,
      'SecurityGroupIds',
    );
  }
  if (new Set(groups.map((g) => g.SecurityGroupType)).size > 1) {
    fail(
      'InvalidOperation.MultiGroupType',
      "The specified instance can't join different types of security group.",
      400,
      'SecurityGroupIds',
    );
  }
  return groups;
}
