import { ruleIdentity } from '../validate/rule-identity.ts';
import type { Direction, Rule } from '../model/security-group.ts';

/**
 * The rules a group has after restoring `saved` (a snapshot's rules) over `current` for `directions`: the
 * restored directions become exactly the snapshot's rules, the others stay as they are.
 *
 * Rule IDs are kept stable where possible, so the console's links and anything holding an ID still work:
 * 1. a current rule with the same identity (validate/rule-identity.ts) keeps its ID and creation time, and takes
 *    the snapshot's description;
 * 2. otherwise the snapshot's own ID comes back (a revoked or modified rule reappears under its old ID) unless
 *    another rule of the result already holds it;
 * 3. otherwise `mint` gives the rule a new ID.
 */
export function restoreRules(
  current: readonly Rule[],
  saved: readonly Rule[],
  directions: readonly Direction[],
  mint: (rule: Rule) => Rule,
): Rule[] {
  const restoring = (rule: Rule) => directions.includes(rule.Direction);
  const kept = current.filter((r) => !restoring(r));
  const available = new Map<string, Rule[]>();
  for (const rule of current.filter(restoring)) {
    const key = ruleIdentity(rule);
    available.set(key, [...(available.get(key) ?? []), rule]);
  }

  const matched = saved.filter(restoring).map((rule) => {
    const same = available.get(ruleIdentity(rule))?.shift();
    return { rule, same };
  });
  const used = new Set(
    [...kept, ...matched.flatMap((m) => (m.same ? [m.same] : []))].map((r) => r.SecurityGroupRuleId),
  );
  const restored = matched.map(({ rule, same }) => {
    if (same) return { ...rule, SecurityGroupRuleId: same.SecurityGroupRuleId, CreateTime: same.CreateTime };
    if (!used.has(rule.SecurityGroupRuleId)) {
      used.add(rule.SecurityGroupRuleId);
      return { ...rule };
    }
    return mint(rule);
  });
  return [...restored, ...kept];
}
