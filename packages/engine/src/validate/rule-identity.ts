import { localOf, peerOf, type RuleDraft } from '../model/rule-draft.ts';
import { parseCidr } from './cidr.ts';

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
