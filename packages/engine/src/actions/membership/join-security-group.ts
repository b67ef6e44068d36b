import { fail } from '../../errors.ts';
import { defineAction } from '../define.ts';
import { readGroupId, requireGroup } from '../security-groups/group-lookup.ts';
import { assertMembershipNotManaged, checkGroupCapacity, checkGroupSet, joinCodes } from './group-set.ts';
import { assertTargetSettled, requireTarget } from './membership-target.ts';

export interface JoinSecurityGroupParams {
  /** Optional for an instance, required for a network interface. */
  RegionId?: string;
  SecurityGroupId: string;
  /** Either this (the instance's primary interface joins)... */
  InstanceId?: string;
  /** ...or this, never both. */
  NetworkInterfaceId?: string;
}

export type JoinSecurityGroupResponse = Record<string, never>;

/**
 * Adds an instance (its primary interface) or a network interface to one more group (deprecated in favour of
 * the Modify*Attribute actions, still served). The resulting set is checked as every way into a group checks it,
 * with Join's own codes (spec §5).
 * @throws InvalidParam.EniIdAndInstanceId.Conflict, MissingParameter.InstanceId, MissingParameter.RegionId,
 * InvalidRegionId.NotFound, InvalidInstanceId.NotFound, InvalidEniId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, IncorrectInstanceStatus,
 * InvalidInstanceId.AlreadyExists, InvalidOperation.ResourceManagedByCloudProduct,
 * InstanceSecurityGroupLimitExceeded, InvalidInstanceId.Mismatch, InvalidOperation.VpcMismatch,
 * InvalidOperation.MultiGroupType, AclLimitExceed, SecurityGroupInstanceLimitExceeded,
 * InvalidOperation.NetworkInterfaceCountExceeded
 */
export const joinSecurityGroup = defineAction<JoinSecurityGroupParams, JoinSecurityGroupResponse>({
  readOnly: false,
  run(ctx, params) {
    const target = requireTarget(ctx, params);
    const group = requireGroup(ctx.tx, target.eni.RegionId, readGroupId(params.SecurityGroupId));
    assertTargetSettled(target);
    if (target.eni.SecurityGroupIds.includes(group.SecurityGroupId)) {
      fail(
        'InvalidInstanceId.AlreadyExists',
        'The specified instance already exists in the specified security group.',
        403,
        'SecurityGroupId',
      );
    }
    assertMembershipNotManaged([group], 'SecurityGroupId');
    const current = target.eni.SecurityGroupIds.flatMap((id) => {
      const held = ctx.tx.get('securityGroups', id);
      return held ? [held] : [];
    });
    const codes = joinCodes(target.kind);
    checkGroupSet(ctx, target.eni.VpcId, [...current, group], codes);
    checkGroupCapacity(ctx, [group], 1, codes);
    ctx.tx.put('networkInterfaces', target.eni.NetworkInterfaceId, {
      ...target.eni,
      SecurityGroupIds: [...target.eni.SecurityGroupIds, group.SecurityGroupId],
    });
    return {};
  },
});
