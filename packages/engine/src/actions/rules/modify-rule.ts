import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import { localOf, peerOf, ruleEntityType, type RuleEntityType } from '../../model/rule-draft.ts';
import { ruleIdentity } from '../../validate/rule-identity.ts';
import type { Direction, Rule } from '../../model/security-group.ts';
import { PERMISSION_FIELDS, type PermissionField, type PermissionInput } from '../../validate/permission.ts';
import { requiredString } from '../../validate/params.ts';
import { checkReferences } from './check-references.ts';
import { checkGroupOwner, requirePermission, type GroupOwnerInput } from './read-permissions.ts';
import { requireRuleGroup, saveRules } from './rule-group.ts';
import { checkRulesVersion } from './rule-position.ts';
import { checkRuleQuotas } from './rule-quotas.ts';
import { ruleWeight } from './rule-weight.ts';

/** Modify* name the rule by ID; every rule field given is the new value, fields left out keep theirs. */
export interface ModifyRuleParams extends PermissionInput, GroupOwnerInput {
  RegionId: string;
  SecurityGroupId: string;
  SecurityGroupRuleId: string;
  ClientToken?: string;
  /** Tencent: the rules' current Version; refused when stale, not checked when absent. */
  Version?: string | number;
}

export type ModifyRuleResponse = Record<never, never>;

const PEER_KINDS: Record<Direction, Partial<Record<PermissionField, RuleEntityType>>> = {
  ingress: { SourceCidrIp: 'ipv4', Ipv6SourceCidrIp: 'ipv6', SourceGroupId: 'group', SourcePrefixListId: 'prefixList' },
  egress: { DestCidrIp: 'ipv4', Ipv6DestCidrIp: 'ipv6', DestGroupId: 'group', DestPrefixListId: 'prefixList' },
};

/** The fields the call gives, as text; a value of the wrong type is reported against its field. */
function givenFields(params: ModifyRuleParams): Map<PermissionField, string> {
  const raw = params as unknown as Record<string, unknown>;
  const given = new Map<PermissionField, string>();
  for (const field of PERMISSION_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') given.set(field, field === 'Description' ? value : value.trim());
    else if (field === 'Priority' && typeof value === 'number') given.set(field, String(value));
    else if (field === 'Priority')
      fail('InvalidPriority.Malformed', 'The parameter Priority is invalid. Valid values: 1 to 100.', 400, field);
    else fail('InvalidParameter', `The specified parameter ${field} is not valid.`, 400, field);
  }
  return given;
}

function invalidRequest(message: string, field: PermissionField): never {
  fail('InvalidParam.InvalidModifyRuleRequest', message, 400, field);
}

/** The restrictions that are about change itself, before the new rule is validated as a whole. */
function checkChanges(rule: Rule, given: Map<PermissionField, string>): void {
  const kind = ruleEntityType(rule);
  for (const [field, value] of given) {
    const fieldKind = PEER_KINDS[rule.Direction][field];
    if (value !== '' && fieldKind !== undefined && fieldKind !== kind) {
      fail(
        'InvalidOperation.ModifySgRuleEntityType',
        'The source or destination type of the rules cannot be modified.',
        400,
        field,
      );
    }
  }
  const nicType = given.get('NicType')?.toLowerCase();
  if (nicType === 'internet') {
    fail('InvalidOperation.ModifyNicType', 'The NicType of a security group rule cannot be modified.', 400, 'NicType');
  }
  const switchesPorts =
    (rule.PortRange !== '' && (given.get('PortRangeListId') ?? '') !== '') ||
    (rule.PortRangeListId !== '' && (given.get('PortRange') ?? '') !== '');
  if (switchesPorts) {
    fail(
      'InvalidOperation.ModifyPortRangeType',
      'A rule cannot switch between PortRange and PortRangeListId.',
      400,
      'PortRange',
    );
  }
  for (const [field, value] of given) {
    // Clearing is refused: the docs say to add a new rule and delete the old one instead.
    if (value === '' && String(rule[field]) !== '') {
      invalidRequest(
        `The parameter ${field} of an existing rule cannot be cleared. Add a new rule and delete this one instead.`,
        field,
      );
    }
  }
}

/** Changes one rule of one direction in place; the shared body of both Modify actions. */
export function modifyRule(ctx: ActionContext, params: ModifyRuleParams, direction: Direction): ModifyRuleResponse {
  const group = requireRuleGroup(ctx, params.RegionId, params.SecurityGroupId);
  checkRulesVersion(ctx, group, params.Version);
  const ruleId = requiredString(params.SecurityGroupRuleId, 'SecurityGroupRuleId');
  const rule = group.Rules.find((r) => r.SecurityGroupRuleId === ruleId && r.Direction === direction);
  if (!rule) {
    fail(
      'InvalidSecurityGroupRuleId.NotFound',
      `The specified SecurityGroupRuleId does not exist: ${ruleId}.`,
      404,
      'SecurityGroupRuleId',
    );
  }
  const given = givenFields(params);
  checkChanges(rule, given);

  const merged: Record<string, unknown> = {};
  for (const field of PERMISSION_FIELDS) merged[field] = rule[field];
  for (const [field, value] of given) if (value !== '') merged[field] = value;
  const draft = requirePermission(ctx.profile.rules, direction, merged, 'the request');
  checkGroupOwner(direction, params, draft);

  const before = peerOf(rule);
  const after = peerOf(draft);
  const [localBefore, localAfter] = [localOf(rule), localOf(draft)];
  // The protocol and the local address take part in the prefix-list family check, so a change to them re-checks too.
  if (
    after.group !== before.group ||
    after.prefixList !== before.prefixList ||
    draft.PortRangeListId !== rule.PortRangeListId ||
    draft.IpProtocol !== rule.IpProtocol ||
    localAfter.cidr !== localBefore.cidr ||
    localAfter.ipv6 !== localBefore.ipv6
  ) {
    checkReferences(ctx, group, draft);
  }
  const key = ruleIdentity(draft);
  const twin = group.Rules.find((r) => r.SecurityGroupRuleId !== rule.SecurityGroupRuleId && ruleIdentity(r) === key);
  if (twin) {
    fail(
      'InvalidOperation.RuleDuplicate',
      `The modified rule duplicates the existing rule ${twin.SecurityGroupRuleId}.`,
      400,
    );
  }
  const updated: Rule = { ...draft, SecurityGroupRuleId: rule.SecurityGroupRuleId, CreateTime: rule.CreateTime };
  const isChanged = (Object.keys(updated) as (keyof Rule)[]).some((k) => updated[k] !== rule[k]);
  if (!isChanged) return {};
  const rules = group.Rules.map((r) => (r === rule ? updated : r));
  // Another list may have a larger MaxEntries: the rule then weighs more against the quotas (rule-weight.ts).
  if (ruleWeight(ctx.tx, updated) > ruleWeight(ctx.tx, rule)) checkRuleQuotas(ctx, group, rules);
  saveRules(ctx, group, rules);
  return {};
}
