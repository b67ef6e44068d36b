import { newRule } from './new-rule.ts';
import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import { ruleIdentity } from '../../validate/rule-identity.ts';
import type { Direction, Rule } from '../../model/security-group.ts';
import type { PermissionInput } from '../../validate/permission.ts';
import { checkReferences } from './check-references.ts';
import { readPermissionInputs, requirePermission, type GroupOwnerInput } from './read-permissions.ts';
import { requireRuleGroup, saveRules } from './rule-group.ts';
import { checkRulesVersion, placeRules, readPolicyIndex, rulesOf } from './rule-position.ts';
import { checkRuleQuotas } from './rule-quotas.ts';

/** Authorize* take `Permissions`, or one permission as deprecated top-level fields. */
export interface AuthorizeParams extends PermissionInput, GroupOwnerInput {
  RegionId: string;
  SecurityGroupId: string;
  Permissions?: (PermissionInput & GroupOwnerInput)[];
  ClientToken?: string;
  /** Tencent (clouds ordered by position): where the new rules go among this direction's, 0 = the top; the end when absent. */
  PolicyIndex?: number;
  /** Tencent: the rules' current Version; refused when stale, not checked when absent. */
  Version?: string | number;
}

export interface AuthorizeResponse {
  /** Ours, not in the API's answer: the rules this call created; permissions that matched an existing rule add none. */
  SecurityGroupRuleIds: { SecurityGroupRuleId: string[] };
}

/** Adds the permissions of one direction to a group; the shared body of both Authorize actions. */
export function authorizeRules(ctx: ActionContext, params: AuthorizeParams, direction: Direction): AuthorizeResponse {
  const group = requireRuleGroup(ctx, params.RegionId, params.SecurityGroupId);
  checkRulesVersion(ctx, group, params.Version);
  const index = readPolicyIndex(ctx, params.PolicyIndex, rulesOf(group.Rules, direction).length);
  const inputs = readPermissionInputs(ctx, params);
  const drafts = inputs.map(({ input, label }) => requirePermission(ctx.profile.rules, direction, input, label));

  const seen = new Set<string>();
  for (const draft of drafts) {
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
  }
  for (const draft of drafts) checkReferences(ctx, group, draft);

  // Idempotent: a permission that is already a rule succeeds and adds nothing.
  const existing = new Set(group.Rules.map(ruleIdentity));
  const fresh = drafts.filter((draft) => !existing.has(ruleIdentity(draft)));
  if (fresh.length === 0) return { SecurityGroupRuleIds: { SecurityGroupRuleId: [] } };

  const added: Rule[] = fresh.map((draft) => newRule(ctx, group.RegionId, draft));
  const rules = placeRules(group.Rules, added, direction, index);
  checkRuleQuotas(ctx, group, rules);
  saveRules(ctx, group, rules);
  return { SecurityGroupRuleIds: { SecurityGroupRuleId: added.map((r) => r.SecurityGroupRuleId) } };
}
