import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import { isGroupRule } from '../../model/rule-draft.ts';
import type { Rule, SecurityGroup } from '../../model/security-group.ts';
import { rulesWeight } from './rule-weight.ts';

function limitError(message: string): never {
  fail('AuthorizationLimitExceed', message, 403);
}

/**
 * Checks, when rules are added (or made heavier), the quotas a group would meet with `rules` as its new rule list:
 * rules per group, rules that reference groups, and rules across all groups of every network interface that uses
 * this group. Rules are counted by weight (rule-weight.ts): a rule naming a prefix list or port list counts as the
 * list's MaxEntries.
 */
export function checkRuleQuotas(ctx: ActionContext, group: SecurityGroup, rules: readonly Rule[]): void {
  const { limits } = ctx.profile;
  const weight = rulesWeight(ctx.tx, rules);
  if (weight > limits.rulesPerGroup) {
    limitError(
      `The limit of authorization records in the security group reaches. The limit is ${limits.rulesPerGroup}; the rules would count ${weight} (a rule that references a prefix list or port list counts as its MaxEntries).`,
    );
  }
  const perDirection = limits.rulesPerDirection;
  for (const direction of ['ingress', 'egress'] as const) {
    const count =
      perDirection === null
        ? 0
        : rulesWeight(
            ctx.tx,
            rules.filter((r) => r.Direction === direction),
          );
    if (perDirection !== null && count > perDirection) {
      limitError(
        `The number of security group rules exceeds the upper limit: at most ${perDirection} ${direction === 'ingress' ? 'inbound' : 'outbound'} rules per group.`,
      );
    }
  }
  const groupRules = rules.filter(isGroupRule).length;
  if (groupRules > limits.groupRulesPerGroup) {
    fail(
      'AuthorizedGroupRule.LimitExceed',
      `The number of authorization rules exceeds the limit. When authorization object of rule is security group, the limit is ${limits.groupRulesPerGroup}.`,
      400,
    );
  }
  const weights = new Map<string, number>([[group.SecurityGroupId, weight]]);
  const weightOf = (id: string): number => {
    let known = weights.get(id);
    if (known === undefined) {
      known = rulesWeight(ctx.tx, ctx.tx.get('securityGroups', id)?.Rules ?? []);
      weights.set(id, known);
    }
    return known;
  };
  for (const eni of ctx.tx.all('networkInterfaces')) {
    if (!eni.SecurityGroupIds.includes(group.SecurityGroupId)) continue;
    let total = 0;
    for (const id of new Set(eni.SecurityGroupIds)) total += weightOf(id);
    // The code for an attached interface going over its cap is not documented (AclLimitExceed is what
    // Join returns); AuthorizationLimitExceed is the suggested choice, unconfirmed.
    if (total > limits.rulesPerInterface) {
      limitError(
        `The limit of authorization records in the security group reaches. Network interface ${eni.NetworkInterfaceId} would have more than ${limits.rulesPerInterface} rules across its security groups.`,
      );
    }
  }
}
