import type { Rule } from './security-group.ts';

/**
 * A rule as DescribeSecurityGroupAttribute returns it: Policy capitalised, Priority a string,
 * IpProtocol upper-case, unused fields empty strings.
 */
export interface Permission extends Omit<Rule, 'Policy' | 'Priority'> {
  Policy: 'Accept' | 'Drop';
  Priority: string;
  SourceGroupName: string;
  DestGroupName: string;
  SourceGroupOwnerAccount: string;
  DestGroupOwnerAccount: string;
  SourcePrefixListName: string;
  DestPrefixListName: string;
  PortRangeListName: string;
}

/** Names of the prefix lists and port lists rules reference; '' for a list that is gone. */
export interface ListNames {
  prefixListName(prefixListId: string): string;
  portRangeListName(portRangeListId: string): string;
}

const NO_LIST_NAMES: ListNames = { prefixListName: () => '', portRangeListName: () => '' };

/** `listNames` is optional so callers that show no lists need not look them up: the names are then ''. */
export function toPermission(
  rule: Rule,
  groupName: (groupId: string) => string,
  listNames: ListNames = NO_LIST_NAMES,
): Permission {
  return {
    ...rule,
    Policy: rule.Policy === 'accept' ? 'Accept' : 'Drop',
    Priority: String(rule.Priority),
    SourceGroupName: rule.SourceGroupId ? groupName(rule.SourceGroupId) : '',
    DestGroupName: rule.DestGroupId ? groupName(rule.DestGroupId) : '',
    SourceGroupOwnerAccount: '',
    DestGroupOwnerAccount: '',
    SourcePrefixListName: rule.SourcePrefixListId ? listNames.prefixListName(rule.SourcePrefixListId) : '',
    DestPrefixListName: rule.DestPrefixListId ? listNames.prefixListName(rule.DestPrefixListId) : '',
    PortRangeListName: rule.PortRangeListId ? listNames.portRangeListName(rule.PortRangeListId) : '',
  };
}
