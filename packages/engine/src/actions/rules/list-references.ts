import type { ListNames } from '../../model/permission.ts';
import type { Rule, SecurityGroup } from '../../model/security-group.ts';
import type { Transaction } from '../../transaction.ts';

/**
 * Who uses a prefix list or port list. An association is a resource (a security group) with at least one rule
 * naming the list, as DescribePrefixListAssociations lists them; the 1,000-association limit counts groups, not
 * rules. DeletePrefixList/DeletePortRangeList, the Describe* actions and the rule checks all read through here.
 */
export type ListKind = 'prefixList' | 'portRangeList';

export function ruleUsesList(rule: Rule, kind: ListKind, listId: string): boolean {
  return listOf(rule, kind) === listId;
}

/** The list of a kind a rule names, '' for none. Read without peerOf's object: it runs over every rule of a world. */
function listOf(rule: Rule, kind: ListKind): string {
  if (kind === 'portRangeList') return rule.PortRangeListId;
  return rule.Direction === 'ingress' ? rule.SourcePrefixListId : rule.DestPrefixListId;
}

export interface ListAssociation {
  group: SecurityGroup;
  /** The group's rules that name the list, in stored order. */
  rules: Rule[];
}

/** The groups whose rules name the list, by group ID. */
export function listAssociations(tx: Transaction, kind: ListKind, listId: string): ListAssociation[] {
  const out: ListAssociation[] = [];
  for (const group of tx.all('securityGroups')) {
    const rules = group.Rules.filter((r) => ruleUsesList(r, kind, listId));
    if (rules.length > 0) out.push({ group, rules });
  }
  return out.sort((a, b) => a.group.SecurityGroupId.localeCompare(b.group.SecurityGroupId));
}

/** Association counts of every list of a kind in one scan (for a list page): list ID → number of groups. */
export function associationCounts(tx: Transaction, kind: ListKind): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of tx.all('securityGroups')) {
    const ids = new Set(group.Rules.map((r) => listOf(r, kind)).filter((id) => id !== ''));
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Names for Permission.SourcePrefixListName/DestPrefixListName/PortRangeListName; '' once a list is gone. */
export function listNamesOf(tx: Transaction): ListNames {
  return {
    prefixListName: (id) => tx.get('prefixLists', id)?.PrefixListName ?? '',
    portRangeListName: (id) => tx.get('portRangeLists', id)?.PortRangeListName ?? '',
  };
}

/** How many groups a refusal's message names before "and N more". */
const NAMED_GROUPS = 5;

/** "sg-a, sg-b and 3 more": the groups that hold a list, for DependencyViolation messages. */
export function groupList(ids: readonly string[]): string {
  const named = ids.slice(0, NAMED_GROUPS).join(', ');
  return ids.length > NAMED_GROUPS ? `${named} and ${ids.length - NAMED_GROUPS} more` : named;
}

/** One associated resource as DescribePrefixListAssociations/DescribePortRangeListAssociations print it. */
export interface ListAssociationView {
  ResourceId: string;
  /** Security groups are the only resources that reference lists here. */
  ResourceType: 'securitygroup';
  /** Ours, not in the API's answer: the group's name, for the list's page. */
  SecurityGroupName: string;
  /** Ours, not in the API's answer: the group's rules that name the list. */
  SecurityGroupRuleIds: { SecurityGroupRuleId: string[] };
}

export function associationView({ group, rules }: ListAssociation): ListAssociationView {
  return {
    ResourceId: group.SecurityGroupId,
    ResourceType: 'securitygroup',
    SecurityGroupName: group.SecurityGroupName,
    SecurityGroupRuleIds: { SecurityGroupRuleId: rules.map((r) => r.SecurityGroupRuleId) },
  };
}
