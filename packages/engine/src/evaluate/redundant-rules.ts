import type { RuleDraft } from '../model/rule-draft.ts';
import type { RuleDialect } from '../profiles/profile.ts';
import { draftCovers, toRuleDraft, type RuleLike } from './rule-coverage.ts';

/** A rule the console's Health Check lists, and the rule that makes it redundant. */
export interface RedundantRule<R extends RuleLike = RuleLike> {
  rule: R;
  coveredBy: R;
}

/**
 * True when `b` makes `a` redundant (spec §8.9, SEED004 "Redundant rules"): `b` matches every packet `a`
 * matches and `a`'s priority is not higher than `b`'s (a.Priority >= b.Priority as numbers).
 *
 * The docs say nothing of policy, so the engine adds one condition: `b` has `a`'s policy, or `b` is a drop
 * (which wins at equal priority). A drop rule beaten by a broader accept is left out on purpose: deleting it
 * changes no verdict, but the Health Check would then hide what is most likely a mistake (the user wanted
 * to block something and cannot); the rule editor's warnings report it as shadowed instead.
 */
interface Item {
  draft: RuleDraft;
  index: number;
}

/**
 * By the cloud's ordering. Priority: above. Position (Tencent, first match wins): `b` is above `a`, with the same
 * policy or a drop (as above); or `b` is below `a` with the same policy and no rule of the other policy stands
 * between them, so whatever `a` matches falls through to the same answer. Union (JD, allows only): any other
 * covering rule.
 */
function makesRedundant(b: Item, a: Item, ordering: RuleDialect['ordering'], items: readonly Item[]): boolean {
  if (ordering === 'priority' && a.draft.Priority < b.draft.Priority) return false;
  if (ordering === 'position' && b.index > a.index) {
    if (a.draft.Policy !== b.draft.Policy) return false;
    const between = items.slice(a.index + 1, b.index);
    if (between.some((r) => r.draft.Direction === a.draft.Direction && r.draft.Policy !== a.draft.Policy)) return false;
    return draftCovers(b.draft, a.draft);
  }
  if (a.draft.Policy !== b.draft.Policy && b.draft.Policy !== 'drop') return false;
  return draftCovers(b.draft, a.draft);
}

/** Of two rules that decide the same packets, the one that decides first: by priority (smaller, then drop), then order. */
function decidesFirst(a: Item, b: Item, ordering: RuleDialect['ordering']): boolean {
  if (ordering === 'priority') {
    if (a.draft.Priority !== b.draft.Priority) return a.draft.Priority < b.draft.Priority;
    if (a.draft.Policy !== b.draft.Policy) return a.draft.Policy === 'drop';
  }
  return a.index < b.index;
}

/**
 * The redundant rules of one group, in the order given (stored order), each with one rule that covers it.
 *
 * Two rules may make each other redundant (same conditions, priority and policy: exact duplicates, which
 * Authorize never stores but an old or imported world may hold). Then only the later one is reported,
 * covered by the earlier, so deleting every reported rule never deletes both. `coveredBy` is always a rule
 * that is not itself reported when there is one (coverage is transitive, so there is): the dialog never
 * says "delete A, it is covered by B" and "delete B" in the same list.
 */
export function findRedundantRules<R extends RuleLike>(
  rules: readonly R[],
  ordering: RuleDialect['ordering'] = 'priority',
): RedundantRule<R>[] {
  const items = rules.map((rule, index) => ({ rule, index, draft: toRuleDraft(rule) }));
  const dominators = new Map<number, (typeof items)[number][]>();
  for (const a of items) {
    for (const b of items) {
      if (a === b || a.draft.Direction !== b.draft.Direction || !makesRedundant(b, a, ordering, items)) continue;
      // Mutual redundancy: the earlier rule stays, the later one is the redundant copy.
      if (b.index > a.index && makesRedundant(a, b, ordering, items)) continue;
      const list = dominators.get(a.index);
      if (list) list.push(b);
      else dominators.set(a.index, [b]);
    }
  }
  const out: RedundantRule<R>[] = [];
  for (const a of items) {
    const list = dominators.get(a.index);
    if (!list) continue;
    const kept = list.filter((b) => !dominators.has(b.index));
    const pool = kept.length > 0 ? kept : list;
    const best = pool.reduce((x, y) => (decidesFirst(y, x, ordering) ? y : x));
    out.push({ rule: a.rule, coveredBy: best.rule });
  }
  return out;
}
