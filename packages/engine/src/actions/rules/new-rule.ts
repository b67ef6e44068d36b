import type { RuleDraft } from '../../model/rule-draft.ts';
import type { Rule } from '../../model/security-group.ts';
import type { ActionContext } from '../../context.ts';

/** A validated rule draft made a stored rule: a new `sgr-` ID of the group's region and the call's time. */
export function newRule(ctx: ActionContext, regionId: string, draft: RuleDraft): Rule {
  return { ...draft, SecurityGroupRuleId: ctx.newId('sgr', regionId), CreateTime: ctx.time };
}
