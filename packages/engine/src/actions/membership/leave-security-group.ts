import { fail } from '../../errors.ts';
import { defineAction } from '../define.ts';
import { readGroupId, requireGroup } from '../security-groups/group-lookup.ts';
import { assertMembershipNotManaged } from './group-set.ts';
import { assertTargetSettled, requireTarget } from './membership-target.ts';

export interface LeaveSecurityGroupParams {
  /** Optional for an instance, required for a network interface. */
  RegionId?: string;
  SecurityGroupId: string;
  InstanceId?: string;
  NetworkInterfaceId?: string;
}

export type LeaveSecurityGroupResponse = Record<string, never>;

/**
 * Removes an instance (its primary interface) or a network interface from one group. It must be a member, and
 * the group must not be its last: every interface stays in at least one group.
 * @throws InvalidParam.EniIdAndInstanceId.Conflict, MissingParameter.InstanceId, MissingParameter.RegionId,
 * InvalidRegionId.NotFound, InvalidInstanceId.NotFound, InvalidEniId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, IncorrectInstanceStatus,
 * InvalidSecurityGroupAssociation.NotFound, InvalidOperation.ResourceManagedByCloudProduct, InstanceLastSecurityGroup
 */
export const leaveSecurityGroup = defineAction<LeaveSecurityGroupParams, LeaveSecurityGroupResponse>({
  readOnly: false,
  run(ctx, params) {
    const target = requireTarget(ctx, params);
    const group = requireGroup(ctx.tx, target.eni.RegionId, readGroupId(params.SecurityGroupId));
    assertTargetSettled(target);
    // The code since 2024-07-08; before it was InstanceNotInSecurityGroup (403).
    if (!target.eni.SecurityGroupIds.includes(group.SecurityGroupId)) {
      fail(
        'InvalidSecurityGroupAssociation.NotFound',
        'The specified ECS or ENI is not associated with the specified security group.',
        400,
        'SecurityGroupId',
      );
    }
    assertMembershipNotManaged([group], 'SecurityGroupId');
    if (target.eni.SecurityGroupIds.length === 1) {
      fail(
        'InstanceLastSecurityGroup',
        'The specified security group is the last security group for the instance.',
        403,
        'SecurityGroupId',
      );
    }
    ctx.tx.put('networkInterfaces', target.eni.NetworkInterfaceId, {
      ...target.eni,
      SecurityGroupIds: target.eni.SecurityGroupIds.filter((id) => id !== group.SecurityGroupId),
    });
    return {};
  },
});
