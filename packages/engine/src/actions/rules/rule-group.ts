import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import type { Rule, SecurityGroup } from '../../model/security-group.ts';
import { requiredString, requireRegion } from '../../validate/params.ts';

/** The group whose rules a call changes: it must exist in the region and be the user's to change. */
export function requireRuleGroup(ctx: ActionContext, regionId: unknown, securityGroupId: unknown): SecurityGroup {
  const region = requireRegion(ctx, regionId);
  const groupId = requiredString(securityGroupId, 'SecurityGroupId');
  if (groupId.length > 100) {
    fail(
      'InvalidSecurityGroupId.Malformed',
      'The SecurityGroupId is invalid. Only letters, numbers and underscores are supported. Maximum length is 100 characters.',
      400,
      'SecurityGroupId',
    );
  }
  const group = ctx.tx.get('securityGroups', groupId);
  if (!group || group.RegionId !== region.RegionId) {
    fail(
      'InvalidSecurityGroupId.NotFound',
      'The SecurityGroupId provided does not exist in our records.',
      404,
      'SecurityGroupId',
    );
  }
  if (group.ServiceManaged) {
    fail(
      'InvalidOperation.ResourceManagedByCloudProduct',
      'The security group is managed by a cloud product and cannot be modified.',
      403,
      'SecurityGroupId',
    );
  }
  return group;
}

/** Writes the group back with a new rule list: the whole change of a rule call is this one record. */
export function saveRules(ctx: ActionContext, group: SecurityGroup, rules: Rule[]): void {
  ctx.tx.put('securityGroups', group.SecurityGroupId, { ...group, Rules: rules });
}
