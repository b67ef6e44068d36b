import { newRule } from '../rules/new-rule.ts';
import type { ActionContext } from '../../context.ts';
import { EngineError, fail } from '../../errors.ts';
import { toPermission, type Permission } from '../../model/permission.ts';
import { type RuleDraft } from '../../model/rule-draft.ts';
import { ruleIdentity } from '../../validate/rule-identity.ts';
import type { Rule, SecurityGroupType, Tag } from '../../model/security-group.ts';
import { crossRegionProblem } from '../../transfer/regional-references.ts';
import { optionalBoolean, requiredString, requireRegion } from '../../validate/params.ts';
import { listNamesOf } from '../rules/list-references.ts';
import { referenceProblem } from '../rules/reference-problem.ts';
import { checkRuleQuotas } from '../rules/rule-quotas.ts';
import { createSecurityGroup } from './create-security-group.ts';
import { groupNameOf, readGroupId, requireGroup } from './group-lookup.ts';

export interface CloneSecurityGroupParams {
  /** The source group's region. */
  RegionId: string;
  SecurityGroupId: string;
  DestinationRegionId: string;
  DestinationVpcId: string;
  /** Checked as CreateSecurityGroup checks it (empty is allowed). */
  SecurityGroupName: string;
  /** Absent: the source's description; '' clears it. */
  Description?: string;
  /** Absent: the source's type. */
  SecurityGroupType?: SecurityGroupType;
  /** The console's "Retain rules". Absent means false. */
  RetainRules: boolean;
  /** The console's "Copy tags of current security group". Absent means false. */
  CopyTags: boolean;
}

export interface ClonedRule {
  /** The rule as the new group holds it (priority at most 100). */
  Permission: Permission;
  SourceSecurityGroupRuleId: string;
  /** True when the source rule's priority was above 100 and is now 100. */
  PriorityLowered: boolean;
}

export interface LeftBehindRule {
  /** The source rule as the source group holds it. */
  Permission: Permission;
  Code: string;
  Reason: string;
}

export interface CloneOutcome {
  SecurityGroupId: string;
  SecurityGroupType: SecurityGroupType;
  Tags: Tag[];
  Copied: ClonedRule[];
  LeftBehind: LeftBehindRule[];
}

/** Users set priorities 1–100 (spec §3); a cloned system rule (110) becomes 100 (SEED004 "Clone"). */
const MAX_USER_PRIORITY = 100;

/** CreateSecurityGroup names its parameters; in a clone they are the destination ones. */
const DESTINATION_FIELDS: Record<string, string> = {
  RegionId: 'DestinationRegionId',
  VpcId: 'DestinationVpcId',
  Tag: 'CopyTags',
};

function asDestination<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const field = error instanceof EngineError && error.Field ? DESTINATION_FIELDS[error.Field] : undefined;
    if (error instanceof EngineError && field)
      throw new EngineError(error.Code, error.Message, error.HttpStatus, field);
    throw error;
  }
}

const isAbsent = (value: unknown) => value === undefined || value === null || value === '';

function readDestinationRegion(ctx: ActionContext, value: unknown): string {
  const regionId = requiredString(value, 'DestinationRegionId');
  if (!ctx.profile.regions.some((r) => r.RegionId === regionId)) {
    fail('InvalidRegionId.NotFound', 'The specified DestinationRegionId does not exist.', 404, 'DestinationRegionId');
  }
  return regionId;
}

/**
 * The console's "Clone Security Group" (SEED004, spec §9), the one body of CloneSecurityGroup and of its
 * plan: the plan runs exactly this in a read-only call, whose writes are dropped, so the dialog lists what
 * the OK button will do with the same checks. The new group is made by CreateSecurityGroup itself (same
 * validation, codes and quota). With RetainRules every source rule is tried, in stored order:
 * - across regions, a rule naming a group, prefix list or port list stays behind (NotSupported.CrossRegionReference);
 * - otherwise its references are checked as Authorize checks them in the new group (an advanced group
 *   holds no group references, a group of another VPC cannot be named, ...): a failing rule stays behind
 *   with Authorize's code;
 * - priorities above 100 become 100; a rule that then equals an earlier copied rule stays behind
 *   (InvalidOperation.RuleDuplicate), as Authorize would add nothing for it.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, MissingParameter.DestinationRegionId,
 * InvalidParameter, InvalidVpcId.NotFound, InvalidParams.GroupType, InvalidParams.VpcIdGroupType,
 * InvalidSecurityGroupName.Malformed, InvalidDescription.Malformed, QuotaExceed.Tags, QuotaExceed.SecurityGroup,
 * AuthorizationLimitExceed, AuthorizedGroupRule.LimitExceed (the same as CloneSecurityGroup)
 */
export function cloneSecurityGroupInto(ctx: ActionContext, params: CloneSecurityGroupParams): CloneOutcome {
  const sourceRegion = requireRegion(ctx, params.RegionId);
  const source = requireGroup(ctx.tx, sourceRegion.RegionId, readGroupId(params.SecurityGroupId));
  const destinationRegion = readDestinationRegion(ctx, params.DestinationRegionId);
  const retainRules = optionalBoolean(params.RetainRules, 'RetainRules') ?? false;
  const copyTags = optionalBoolean(params.CopyTags, 'CopyTags') ?? false;
  const tags = copyTags ? source.Tags.map((t) => ({ Key: t.TagKey, Value: t.TagValue })) : [];

  const { SecurityGroupId } = asDestination(() =>
    createSecurityGroup.run(ctx, {
      RegionId: destinationRegion,
      VpcId: params.DestinationVpcId,
      SecurityGroupName: params.SecurityGroupName,
      Description: params.Description ?? source.Description,
      SecurityGroupType: isAbsent(params.SecurityGroupType) ? source.SecurityGroupType : params.SecurityGroupType,
      Tag: tags,
    }),
  );
  const group = ctx.tx.get('securityGroups', SecurityGroupId);
  if (!group) fail('InternalError', 'The new security group was not written.', 500);

  const nameOf = groupNameOf(ctx.tx);
  const listNames = listNamesOf(ctx.tx);
  const copied: ClonedRule[] = [];
  const leftBehind: LeftBehindRule[] = [];
  const rules: Rule[] = [];
  const seen = new Set<string>();
  for (const rule of retainRules ? source.Rules : []) {
    const { SecurityGroupRuleId: sourceRuleId, CreateTime: _, ...rest } = rule;
    const draft: RuleDraft = { ...rest, Priority: Math.min(rule.Priority, MAX_USER_PRIORITY) };
    const found = crossRegionProblem(draft, source.RegionId, group.RegionId) ?? referenceProblem(ctx, group, draft);
    const key = ruleIdentity(draft);
    if (found || seen.has(key)) {
      leftBehind.push({
        Permission: toPermission(rule, nameOf, listNames),
        Code: found?.Code ?? 'InvalidOperation.RuleDuplicate',
        Reason:
          found?.Message ??
          `With its priority set to ${MAX_USER_PRIORITY}, the rule is the same as another rule that is copied.`,
      });
      continue;
    }
    seen.add(key);
    const created: Rule = newRule(ctx, group.RegionId, draft);
    rules.push(created);
    copied.push({
      Permission: toPermission(created, nameOf, listNames),
      SourceSecurityGroupRuleId: sourceRuleId,
      PriorityLowered: rule.Priority > MAX_USER_PRIORITY,
    });
  }
  // The source met the same quotas, so this fails only when the destination's are smaller.
  checkRuleQuotas(ctx, group, rules);
  ctx.tx.put('securityGroups', SecurityGroupId, { ...group, Rules: rules });
  return {
    SecurityGroupId,
    SecurityGroupType: group.SecurityGroupType,
    Tags: group.Tags.map((t) => ({ ...t })),
    Copied: copied,
    LeftBehind: leftBehind,
  };
}
