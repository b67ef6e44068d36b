import type { Rule } from '../../model/security-group.ts';
import type { Transaction } from '../../transaction.ts';

/**
 * How much of a rule quota a rule takes (spec §6 "Quota accounting", SEED004): a rule that references a prefix
 * list or a port list counts as that list's MaxEntries, not its current entry count, since the list may grow up to
 * MaxEntries without the group being asked. A rule with both counts as the product MaxEntries(PL) × MaxEntries(PRL):
 * our choice (the docs do not say), as it expands to one rule per CIDR and port range pair. Any other rule counts 1.
 * A list that no longer exists (only possible in a damaged world) counts 1.
 */
export function ruleWeight(tx: Transaction, rule: Rule): number {
  const prefixListId = rule.Direction === 'ingress' ? rule.SourcePrefixListId : rule.DestPrefixListId;
  const prefixList = prefixListId === '' ? undefined : tx.get('prefixLists', prefixListId);
  const portList = rule.PortRangeListId === '' ? undefined : tx.get('portRangeLists', rule.PortRangeListId);
  return (prefixList?.MaxEntries ?? 1) * (portList?.MaxEntries ?? 1);
}

/** The rule-quota weight of a whole rule list (a group's rules). */
export function rulesWeight(tx: Transaction, rules: readonly Rule[]): number {
  let total = 0;
  for (const rule of rules) total += ruleWeight(tx, rule);
  return total;
}
