import { fail } from '../../errors.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import type { ActionContext } from '../../context.ts';
import { assertMembershipNotManaged, requireGroupSet, type MembershipCodes } from './group-set.ts';

/**
 * The new group list of an interface for ModifyInstanceAttribute / ModifyNetworkInterfaceAttribute, which
 * replace the whole set: the interface leaves every group not listed. Checked as a whole, like a launch.
 * An empty list would leave the interface in no group; the wire form cannot even send one, so it is refused
 * with the code LeaveSecurityGroup documents for "must stay in at least one group".
 * @throws InvalidParameter, the table's codes, InvalidSecurityGroupId.NotFound, AclLimitExceed,
 * SecurityGroupInstanceLimitExceed, InvalidOperation.EniCountExceeded,
 * InvalidOperation.AtLeastInOneGroup, InvalidOperation.ResourceManagedByCloudProduct
 */
export function replacementGroupIds(
  ctx: ActionContext,
  eni: NetworkInterface,
  value: unknown,
  codes: MembershipCodes,
): string[] {
  const groups = requireGroupSet(ctx, eni.RegionId, eni.VpcId, value, codes, { current: eni.SecurityGroupIds });
  if (groups.length === 0) {
    fail(
      'InvalidOperation.AtLeastInOneGroup',
      'An instance or network interface must belong to at least one security group.',
      403,
      codes.field,
    );
  }
  const ids = groups.map((g) => g.SecurityGroupId);
  const added = groups.filter((g) => !eni.SecurityGroupIds.includes(g.SecurityGroupId));
  const removed = eni.SecurityGroupIds.filter((id) => !ids.includes(id)).flatMap((id) => {
    const group = ctx.tx.get('securityGroups', id);
    return group ? [group] : [];
  });
  assertMembershipNotManaged([...added, ...removed], codes.field);
  return ids;
}
