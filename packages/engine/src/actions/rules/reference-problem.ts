import type { ActionContext } from '../../context.ts';
import { EngineError } from '../../errors.ts';
import type { RuleDraft } from '../../model/rule-draft.ts';
import type { SecurityGroup } from '../../model/security-group.ts';
import type { Problem } from '../../validate/problem.ts';
import { checkReferences } from './check-references.ts';

/**
 * What Authorize would say about the references of `rule` in `group` (the referenced group, prefix list
 * or port list must exist there and suit it), as a finding instead of an error: clone and import leave such
 * a rule out and go on with the others.
 */
export function referenceProblem(
  ctx: ActionContext,
  group: SecurityGroup,
  rule: RuleDraft,
): (Problem & { Field?: string }) | null {
  try {
    checkReferences(ctx, group, rule);
    return null;
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const found = { Code: error.Code, Message: error.Message, HttpStatus: error.HttpStatus };
    return error.Field ? { ...found, Field: error.Field } : found;
  }
}
