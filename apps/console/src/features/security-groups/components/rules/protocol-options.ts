import type { RuleView } from '../../../../views/rule-view.ts';

/**
 * The rule form's protocol choices: the cloud's protocols (the dialect's), in its words (Alibaba: Custom TCP, All
 * ICMP (IPv4), ...; Tencent: TCP, ICMPv6, GRE, ALL; JD: TCP, UDP, ICMP, All).
 */
export function protocolOptions({ dialect, words }: RuleView) {
  return dialect.protocols.map((value) => ({ value, label: words.protocolLabel(value) }));
}

/** The policies a rule may have in the cloud (JD: Allow only), in its words (Tencent: Allow, Reject). */
export function policyOptions({ dialect, words }: RuleView) {
  return dialect.policies.map((value) => ({ value, label: words.policyLabel(value) }));
}
