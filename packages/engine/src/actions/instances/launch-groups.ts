import type { Vpc } from '../../model/network.ts';
import type { SecurityGroup } from '../../model/security-group.ts';
import type { ActionContext } from '../../context.ts';
import { LAUNCH_CODES, requireGroupSet } from '../membership/group-set.ts';

/**
 * The groups a new instance's primary interface joins, checked as RunInstances checks them, through the
 * membership checks every way into a group shares (membership/group-set.ts). Codes are RunInstances' own;
 * where it documents none (mixed types) CreateInstance's is used.
 * `amount` instances launch at once: each group needs room for them all. None given: the VPC's default group (the
 * caller makes it).
 * @throws InvalidParameter, InvalidParameter.SecurityGroupIdRepeated, JoinedGroupLimitExceed,
 * InvalidSecurityGroupId.NotFound, InvalidParameter.Mismatch, InvalidOperation.MultiGroupType, AclLimitExceed,
 * SecurityGroupInstanceLimitExceed, InvalidOperation.EniCountExceeded
 */
export function launchGroups(ctx: ActionContext, value: unknown, vpc: Vpc, amount: number): SecurityGroup[] {
  return requireGroupSet(ctx, vpc.RegionId, vpc.VpcId, value, LAUNCH_CODES, { joining: amount });
}
