import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import type { Direction, Rule, SecurityGroup } from '../../model/security-group.ts';

/**
 * Where rules stand in a cloud whose rules decide by position (Tencent, spec §11): first match wins from the top,
 * so a rule's place in its direction is part of it. `PolicyIndex` counts from 0 within one direction.
 */

/** The rules of one direction, in order. */
export const rulesOf = (rules: readonly Rule[], direction: Direction): Rule[] =>
  rules.filter((r) => r.Direction === direction);

/**
 * A call that names the rules' `Version` must name the current one (Tencent's optimistic concurrency); without it,
 * conflicts are not checked, as the API documents. Clouds ordered by priority do not read the parameter.
 * @throws UnsupportedOperation.VersionMismatch
 */
export function checkRulesVersion(ctx: ActionContext, group: SecurityGroup, value: unknown): void {
  if (ctx.profile.rules.ordering === 'priority' || value === undefined || value === null || value === '') return;
  if (String(value).trim() !== String(group.RulesVersion ?? 0)) {
    fail(
      'UnsupportedOperation.VersionMismatch',
      `The specified version number of the security group policy is inconsistent with the latest version (${group.RulesVersion ?? 0}).`,
      400,
      'Version',
    );
  }
}

/**
 * Reads `PolicyIndex` (0 to the direction's rule count; absent appends), for clouds ordered by position only.
 * @throws InvalidParameterValue.Range
 */
export function readPolicyIndex(ctx: ActionContext, value: unknown, count: number): number | null {
  if (ctx.profile.rules.ordering !== 'position' || value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < 0 || n > count) {
    fail(
      'InvalidParameterValue.Range',
      `The parameter PolicyIndex must be from 0 to ${count}: the number of rules in this direction.`,
      400,
      'PolicyIndex',
    );
  }
  return n;
}

/**
 * The group's rules with `added` (all of `direction`) placed at `index` among that direction's rules, or after
 * them when `index` is null. The other direction's rules keep their places.
 */
export function placeRules(
  rules: readonly Rule[],
  added: readonly Rule[],
  direction: Direction,
  index: number | null,
): Rule[] {
  if (index === null) return [...rules, ...added];
  const same = rulesOf(rules, direction);
  const before = new Set(same.slice(0, index));
  const out: Rule[] = [];
  let placed = false;
  for (const rule of rules) {
    if (!placed && rule.Direction === direction && !before.has(rule)) {
      out.push(...added);
      placed = true;
    }
    out.push(rule);
  }
  if (!placed) out.push(...added);
  return out;
}
