import { parseCidr } from '../validate/cidr.ts';
import type { Rule } from './security-group.ts';

/** A rule before it is stored: everything but the ID and creation time. */
export type RuleDraft = Omit<Rule, 'SecurityGroupRuleId' | 'CreateTime'>;

/** The kind of authorisation object (peer) of a rule; Modify may not change it. */
export type RuleEntityType = 'ipv4' | 'ipv6' | 'group' | 'prefixList';

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

/** CIDRs compare by the addresses they cover, so `1.2.3.4` and `1.2.3.4/32` are the same peer. */
function cidrKey(text: string): string {
  return text === '' ? '' : (parseCidr(text)?.network ?? text);
}

/**
 * What makes two rules "the same" for idempotent Authorize, Revoke by Permissions and Modify's duplicate
 * check. Description is not part of it. Priority is, so rules that differ only in priority can coexist
 * (the docs leave this open; Terraform matches on priority too).
 */
export function ruleIdentity(rule: RuleDraft): string {
  const peer = peerOf(rule);
  const local = localOf(rule);
  return JSON.stringify([
    rule.Direction,
    rule.IpProtocol,
    rule.PortRange,
    rule.PortRangeListId,
    rule.SourcePortRange,
    cidrKey(peer.cidr),
    cidrKey(peer.ipv6),
    peer.group,
    peer.prefixList,
    cidrKey(local.cidr),
    cidrKey(local.ipv6),
    rule.Policy,
    rule.Priority,
    rule.NicType,
  ]);
}
