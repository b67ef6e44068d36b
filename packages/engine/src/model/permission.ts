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

export function toPermission(rule: Rule, groupName: (groupId: string) => string): Permission {
  return {
    ...rule,
    Policy: rule.Policy === 'accept' ? 'Accept' : 'Drop',
    Priority: String(rule.Priority),
    SourceGroupName: rule.SourceGroupId ? groupName(rule.SourceGroupId) : '',
    DestGroupName: rule.DestGroupId ? groupName(rule.DestGroupId) : '',
    SourceGroupOwnerAccount: '',
    DestGroupOwnerAccount: '',
    SourcePrefixListName: '',
    DestPrefixListName: '',
    PortRangeListName: '',
  };
}
