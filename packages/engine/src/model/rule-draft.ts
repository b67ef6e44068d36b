import type { Rule } from './security-group.ts';

/** A rule before it is stored: everything but the ID and creation time. */
export type RuleDraft = Omit<Rule, 'SecurityGroupRuleId' | 'CreateTime'>;

/** The kind of authorisation object (peer) of a rule; Modify may not change it. */
export type RuleEntityType = 'ipv4' | 'ipv6' | 'group' | 'prefixList';

/**
 * The address fields of a rule, Source* then Dest*: on ingress the Source* side is the peer (authorisation object)
 * and Dest* the local (quintuple) address; on egress the other way round.
 */
export const ADDRESS_FIELDS = [
  'SourceCidrIp',
  'Ipv6SourceCidrIp',
  'SourceGroupId',
  'SourcePrefixListId',
  'DestCidrIp',
  'Ipv6DestCidrIp',
  'DestGroupId',
  'DestPrefixListId',
] as const;

export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The peer fields of a rule: Source* for ingress, Dest* for egress. */
export function peerOf(rule: RuleDraft): { cidr: string; ipv6: string; group: string; prefixList: string } {
  return rule.Direction === 'ingress'
    ? {
        cidr: rule.SourceCidrIp,
        ipv6: rule.Ipv6SourceCidrIp,
        group: rule.SourceGroupId,
        prefixList: rule.SourcePrefixListId,
      }
    : { cidr: rule.DestCidrIp, ipv6: rule.Ipv6DestCidrIp, group: rule.DestGroupId, prefixList: rule.DestPrefixListId };
}

/** The local-address (quintuple) fields: Dest* for ingress, Source* for egress. */
export function localOf(rule: RuleDraft): { cidr: string; ipv6: string } {
  return rule.Direction === 'ingress'
    ? { cidr: rule.DestCidrIp, ipv6: rule.Ipv6DestCidrIp }
    : { cidr: rule.SourceCidrIp, ipv6: rule.Ipv6SourceCidrIp };
}

export function ruleEntityType(rule: RuleDraft): RuleEntityType {
  const peer = peerOf(rule);
  if (peer.cidr) return 'ipv4';
  if (peer.ipv6) return 'ipv6';
  if (peer.group) return 'group';
  return 'prefixList';
}

/** True when the rule's authorisation object is another security group (counted by the group-rule quota). */
export function isGroupRule(rule: RuleDraft): boolean {
  return peerOf(rule).group !== '';
}
