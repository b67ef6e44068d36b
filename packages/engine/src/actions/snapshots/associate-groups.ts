import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import { GROUPS_PER_SNAPSHOT_POLICY, type SnapshotPolicy } from '../../model/snapshot.ts';
import { writeSnapshot } from '../../snapshots/snapshot-records.ts';
import { findGroup } from '../security-groups/group-lookup.ts';

/**
 * Adds groups to a policy and, while the policy is enabled, snapshots each newly added group at once ("snapshots
 * are created only when the policy is enabled"). Groups already in the policy are skipped: no second snapshot.
 * Shared by CreateSecurityGroupSnapshotPolicy and AssociateSecurityGroupSnapshotPolicy.
 * @throws InvalidSecurityGroupId.NotFound, SnapshotPolicySecurityGroup.LimitExceed
 */
export function associateGroups(
  ctx: ActionContext,
  policy: SnapshotPolicy,
  groupIds: readonly string[],
): { policy: SnapshotPolicy; snapshotIds: string[] } {
  const groups = groupIds.map((id) => {
    const group = findGroup(ctx.tx, policy.RegionId, id);
    if (!group) {
      fail(
        'InvalidSecurityGroupId.NotFound',
        `The security group ${id} does not exist in our records.`,
        404,
        'SecurityGroupIds',
      );
    }
    return group;
  });
  const fresh = groups.filter((g) => !policy.SecurityGroupIds.includes(g.SecurityGroupId));
  if (policy.SecurityGroupIds.length + fresh.length > GROUPS_PER_SNAPSHOT_POLICY) {
    fail(
      'SnapshotPolicySecurityGroup.LimitExceed',
      `A snapshot policy can be associated with up to ${GROUPS_PER_SNAPSHOT_POLICY} security groups; ${policy.SnapshotPolicyId} has ${policy.SecurityGroupIds.length}.`,
      403,
      'SecurityGroupIds',
    );
  }
  const updated: SnapshotPolicy = {
    ...policy,
    SecurityGroupIds: [...policy.SecurityGroupIds, ...fresh.map((g) => g.SecurityGroupId)],
  };
  ctx.tx.put('snapshotPolicies', updated.SnapshotPolicyId, updated);
  if (updated.Status !== 'Enabled') return { policy: updated, snapshotIds: [] };
  const snapshotIds = fresh.map((group) => writeSnapshot(ctx, group, 'Association', group.Rules, ctx.now).SnapshotId);
  return { policy: updated, snapshotIds };
}
