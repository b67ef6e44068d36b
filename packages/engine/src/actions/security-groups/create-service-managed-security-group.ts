import { newRule } from '../rules/new-rule.ts';
import { fail } from '../../errors.ts';
import { type RuleDraft } from '../../model/rule-draft.ts';
import { ruleIdentity } from '../../validate/rule-identity.ts';
import type { Direction, Rule } from '../../model/security-group.ts';
import { optionalString, requiredString, requireRegion } from '../../validate/params.ts';
import type { PermissionInput } from '../../validate/permission.ts';
import { defineAction } from '../define.ts';
import type { ActionContext } from '../../context.ts';
import { checkReferences } from '../rules/check-references.ts';
import { readPermissionInputs, requirePermission } from '../rules/read-permissions.ts';
import { checkRuleQuotas } from '../rules/rule-quotas.ts';
import { createSecurityGroup } from './create-security-group.ts';

/** A rule of the new group: a permission with its direction (ingress when absent). */
export interface ServiceManagedPermission extends PermissionInput {
  Direction?: Direction;
}

export interface CreateServiceManagedSecurityGroupParams {
  RegionId: string;
  VpcId: string;
  SecurityGroupName?: string;
  Description?: string;
  /** The cloud service that owns the group, e.g. `cs.aliyuncs.com` (Container Service for Kubernetes). */
  ServiceID: string;
  Permissions?: ServiceManagedPermission[];
}

export interface CreateServiceManagedSecurityGroupResponse {
  SecurityGroupId: string;
}

function readDirection(input: unknown, label: string): Direction {
  const field = `${label}.Direction`;
  const value = optionalString((input as { Direction?: unknown }).Direction, field) || 'ingress';
  if (value !== 'ingress' && value !== 'egress') {
    fail(
      'InvalidParameter',
      `The specified parameter ${field} is not valid. Valid values: ingress, egress.`,
      400,
      field,
    );
  }
  return value;
}

/** The rules as Authorize would check them, with the same codes; references and quotas need the group. */
function readRules(ctx: ActionContext, raw: unknown): RuleDraft[] {
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return [];
  const seen = new Set<string>();
  return readPermissionInputs(ctx, { Permissions: raw }).map(({ input, label }) => {
    const draft = requirePermission(ctx.profile.rules, readDirection(input, label), input, label);
    const key = ruleIdentity(draft);
    if (seen.has(key)) {
      fail(
        'InvalidParam.DuplicatePermissions',
        'There are duplicate permissions in the specified parameter Permissions.',
        400,
        'Permissions',
      );
    }
    seen.add(key);
    return draft;
  });
}

/**
 * Ours, emulator-only: how a cloud service such as Container Service for Kubernetes (ACK) creates a
 * group in the user's VPC. The group is basic, managed (the user can view it but not change, tag or
 * delete it) and deletion-protected, which cannot be turned off (spec §2.4). Its rules are checked as
 * AuthorizeSecurityGroup(Egress) checks them. Group and rules are one write: all of it or nothing.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.ServiceID, InvalidParameter,
 * InvalidVpcId.NotFound, InvalidSecurityGroupName.Malformed, InvalidDescription.Malformed,
 * QuotaExceed.SecurityGroup, the permission codes of AuthorizeSecurityGroup (InvalidParam.PortRange,
 * InvalidSourceCidrIp.Malformed, MissingParameter.Source, InvalidSourceGroupId.NotFound, ...),
 * InvalidParam.DuplicatePermissions, AuthorizationLimitExceed, AuthorizedGroupRule.LimitExceed
 */
export const createServiceManagedSecurityGroup = defineAction<
  CreateServiceManagedSecurityGroupParams,
  CreateServiceManagedSecurityGroupResponse
>({
  readOnly: false,
  run(ctx, params) {
    requireRegion(ctx, params.RegionId);
    const serviceId = requiredString(params.ServiceID, 'ServiceID');
    if (serviceId.length > 128) {
      fail('InvalidParameter', 'The specified parameter ServiceID is not valid.', 400, 'ServiceID');
    }
    const drafts = readRules(ctx, params.Permissions);
    // Creating through the user's action gives the same VPC, name, description and quota checks.
    const { SecurityGroupId } = createSecurityGroup.run(ctx, {
      RegionId: params.RegionId,
      VpcId: params.VpcId,
      SecurityGroupName: params.SecurityGroupName,
      Description: params.Description,
      SecurityGroupType: 'normal',
    });
    const group = ctx.tx.get('securityGroups', SecurityGroupId);
    if (!group) fail('InternalError', 'The new security group was not written.', 500);
    for (const draft of drafts) checkReferences(ctx, group, draft);
    const rules: Rule[] = drafts.map((draft) => newRule(ctx, group.RegionId, draft));
    checkRuleQuotas(ctx, group, rules);
    ctx.tx.put('securityGroups', SecurityGroupId, {
      ...group,
      ServiceManaged: true,
      ServiceID: serviceId,
      DeletionProtection: true,
      Rules: rules,
    });
    return { SecurityGroupId };
  },
});
