import { findCoveringRule, toRuleDraft, type CoverRelation, type RuleLike } from '../evaluate/rule-coverage.ts';
import { peerOf, type RuleDraft } from '../model/rule-draft.ts';
import { rulePortsInclude } from '../evaluate/rule-ports.ts';
import { ALIBABA_RULES } from '../profiles/alibaba.ts';
import type { RuleDialect } from '../profiles/profile.ts';
import { parseCidr } from '../validate/cidr.ts';

export type RuleWarningCode =
  | 'SensitivePortOpenToAll'
  | 'OutboundTcp25Blocked'
  | 'CoveredByExistingRule'
  | 'ShadowedByExistingRule'
  | 'DuplicateOfExistingRule';

/** Advice on a rule that is valid but probably not what the user wants; the rule can still be saved. */
export interface RuleWarning {
  code: RuleWarningCode;
  message: string;
  /** The existing rule the warning is about (cover warnings). */
  ruleId?: string;
}

/** Management ports that must not face the whole Internet (SEED004, "Principle of least privilege"). */
const SENSITIVE_PORTS: readonly { port: number; name: string }[] = [
  { port: 22, name: 'SSH' },
  { port: 3389, name: 'RDP' },
  { port: 8888, name: 'BT-Panel' },
];

const LEAST_PRIVILEGE =
  'Access over SSH (port 22), RDP (port 3389), and management panel ports must be restricted to trusted IP addresses. Avoid using 0.0.0.0/0 or ::/0.';

const TCP_25 =
  'TCP port 25 is restricted by default for security reasons and cannot be opened by rules. Use SSL-encrypted port 465 to send emails instead.';

/** True when the rule's TCP traffic includes `port`: TCP or ALL, and ports holding it (a port list is unknown). */
function includesTcpPort(rule: RuleDraft, port: number): boolean {
  return (rule.IpProtocol === 'TCP' || rule.IpProtocol === 'ALL') && rulePortsInclude(rule, port);
}

/** True when the peer is every address of a family (`0.0.0.0/0`, `::/0`, or any `/0`). */
function peerIsEveryone(rule: RuleDraft): boolean {
  const peer = peerOf(rule);
  const text = peer.cidr || peer.ipv6;
  return text !== '' && parseCidr(text)?.prefix === 0;
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const COVER_WARNINGS: Record<CoverRelation, { code: RuleWarningCode; message: (id: string) => string }> = {
  duplicate: {
    code: 'DuplicateOfExistingRule',
    message: (id) => `The rule is the same as the existing rule ${id}; adding it changes nothing.`,
  },
  covered: {
    code: 'CoveredByExistingRule',
    message: (id) =>
      `The existing rule ${id} already matches all the traffic of this rule with the same policy and an equal or higher priority, so this rule is redundant.`,
  },
  shadowed: {
    code: 'ShadowedByExistingRule',
    message: (id) =>
      `The existing rule ${id} matches all the traffic of this rule with the opposite policy and takes precedence, so this rule never takes effect.`,
  },
};

/**
 * Warnings for a rule about to be added or saved, against `existing` (the rules it will live with; pass
 * the rules of every group of an interface to see across groups). The console shows them before
 * submitting; the engine accepts such rules all the same, as the real API does.
 */
export function ruleWarnings(
  permission: RuleLike,
  existing: readonly RuleLike[],
  dialect: Pick<RuleDialect, 'ordering' | 'defaults'> = ALIBABA_RULES,
): RuleWarning[] {
  const rule = toRuleDraft(permission);
  const warnings: RuleWarning[] = [];
  if (rule.Direction === 'ingress' && rule.Policy === 'accept' && peerIsEveryone(rule)) {
    const open = SENSITIVE_PORTS.filter(({ port }) => includesTcpPort(rule, port));
    if (open.length > 0) {
      const ports = list(open.map(({ port, name }) => `${port} (${name})`));
      const noun = open.length === 1 ? 'port' : 'ports';
      warnings.push({
        code: 'SensitivePortOpenToAll',
        message: `This rule opens ${noun} ${ports} to all addresses. ${LEAST_PRIVILEGE}`,
      });
    }
  }
  // Alibaba Cloud blocks port 25 outside the groups (spec §8.8), whatever the rule's peer.
  if (
    dialect.defaults === 'alibaba' &&
    rule.Direction === 'egress' &&
    rule.Policy === 'accept' &&
    includesTcpPort(rule, 25)
  ) {
    warnings.push({ code: 'OutboundTcp25Blocked', message: TCP_25 });
  }
  const found = findCoveringRule(permission, existing, dialect.ordering);
  if (found) {
    const id = found.rule.SecurityGroupRuleId ?? '';
    const { code, message } = COVER_WARNINGS[found.relation];
    warnings.push({ code, message: message(id || '(unsaved)'), ...(id ? { ruleId: id } : {}) });
  }
  return warnings;
}
