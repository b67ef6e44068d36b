import { fail } from '../../errors.ts';
import type { Rule } from '../../model/security-group.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import { deletionProblem, requireGroupToDelete } from './delete-security-group.ts';
import { membersOf, referencingGroups } from './group-lookup.ts';

export interface ForceDeleteSecurityGroupParams {
  RegionId: string;
  SecurityGroupId: string;
}

export interface ForceDeleteSecurityGroupResponse {
  /** How many rules of other groups named this group and were removed with it. */
  RevokedRuleCount: number;
}

/** True when a rule points at the group as its peer (SourceGroupId on ingress, DestGroupId on egress). */
function namesGroup(rule: Rule, groupId: string): boolean {
  return rule.SourceGroupId === groupId || rule.DestGroupId === groupId;
}

/**
 * Ours, not in the ECS API: the console's "Force-delete" (SEED004), offered when a group is undeletable
 * only because other groups' rules reference it. Removes those rules, then deletes the group, in one
 * transaction: either all of it happens or none. Everything else that stops DeleteSecurityGroup still
 * stops this: managed groups, deletion protection, member interfaces (same codes). A referencing group
 * that a cloud service manages cannot lose its rule, so it still blocks (DependencyViolation).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroup.NotFound, InvalidOperation.ResourceManagedByCloudProduct,
 * InvalidOperation.DeletionProtection, DependencyViolation
 */
export const forceDeleteSecurityGroup = defineAction<ForceDeleteSecurityGroupParams, ForceDeleteSecurityGroupResponse>({
  readOnly: false,
  run(ctx, params) {
    const group = requireGroupToDelete(ctx, params);
    const groupId = group.SecurityGroupId;
    // References are what this action clears, so they are left out of Delete's checks.
    assertNoProblem(
      deletionProblem(group, { members: membersOf(ctx.tx, groupId), referencing: [] }),
      'SecurityGroupId',
    );

    const referencing = referencingGroups(ctx.tx, groupId);
    const managed = referencing.find((g) => g.ServiceManaged);
    if (managed) {
      fail(
        'DependencyViolation',
        `The specified security group has been authorized in ${managed.SecurityGroupId}, which is managed by the cloud service ${managed.ServiceID || 'unknown'} and cannot be changed.`,
        403,
        'SecurityGroupId',
      );
    }
    let revoked = 0;
    for (const other of referencing) {
      const kept = other.Rules.filter((rule) => !namesGroup(rule, groupId));
      revoked += other.Rules.length - kept.length;
      ctx.tx.put('securityGroups', other.SecurityGroupId, { ...other, Rules: kept });
    }
    ctx.tx.delete('securityGroups', groupId);
    return { RevokedRuleCount: revoked };
  },
});
