import type { Profile } from '@sg/engine';
import { protocolPortText } from '@sg/engine/forms';
import { RULE_WORDS, type RuleColumnKey, type RuleWords } from './rule-words.ts';

/** How the shown cloud presents rules: its dialect (what exists) and its words (what it is called). */
export interface RuleView {
  dialect: Profile['rules'];
  words: RuleWords;
}

export function ruleViewOf(profile: Pick<Profile, 'name' | 'rules'>): RuleView {
  return { dialect: profile.rules, words: RULE_WORDS[profile.name] };
}

/** A rule's values as the API spells them (Policy, IpProtocol, PortRange) and its description. */
export interface RuleValues {
  Policy: string;
  Priority: string;
  IpProtocol: string;
  PortRange: string;
  Description: string;
}

/** The cloud's rule columns in its order; Priority only where the dialect has priorities. */
export function ruleColumnKeys(view: RuleView, withDirection = false): RuleColumnKey[] {
  const keys = view.words.columns.filter((key) => key !== 'priority' || view.dialect.priority !== null);
  return withDirection ? ['direction', ...keys] : keys;
}

/** A column's header; the peer's depends on the direction, when the table has one. */
export function ruleHeader(view: RuleView, key: RuleColumnKey, direction?: 'ingress' | 'egress'): string {
  const { headers } = view.words;
  switch (key) {
    case 'direction':
      return 'Direction';
    case 'priority':
      return 'Priority';
    case 'object':
      return direction ? headers.peer[direction] : headers.anyPeer;
    default:
      return headers[key];
  }
}

/** A rule's direction as the console names it; anything else (an import file's typo) as it was written. */
export function directionLabel(direction: string): string {
  if (direction === 'ingress') return 'Inbound';
  if (direction === 'egress') return 'Outbound';
  return direction || '-';
}

/** A cell's text in the cloud's words; `object` and `direction` are the caller's, who knows the rule's peer. */
export function ruleText(view: RuleView, key: Exclude<RuleColumnKey, 'object' | 'direction'>, rule: RuleValues) {
  const { words, dialect } = view;
  switch (key) {
    case 'policy':
      return words.policyLabel(rule.Policy);
    case 'priority':
      return rule.Priority;
    case 'protocol':
      return words.protocolLabel(rule.IpProtocol);
    case 'port':
      return words.portLabel(rule.PortRange);
    case 'protocolPort':
      return protocolPortText(rule, dialect);
    case 'description':
      return rule.Description;
  }
}
