import type { NetworkInterface } from '../model/instance.ts';
import type { Direction, Rule, RulePolicy, SecurityGroup } from '../model/security-group.ts';
import type { CompiledRule } from './compiled-rule.ts';
import { byEvaluationOrder, type EvaluationDialect, type EvaluationIndex } from './evaluation-index.ts';

/**
 * Everything that decides the traffic of one interface, in the order it is applied (spec §8): the platform's
 * outbound TCP 25 block first; the Accept internal access policy next, since it overrides rules; the rules of all
 * the interface's groups pooled and sorted (priority ascending, drop before accept at equal priority, then the
 * interface's group order and each group's stored order); the Drop internal policy, which sits below every rule;
 * and last the default of the groups' type.
 */
export type DefaultRuleName =
  | 'PlatformTcp25Block'
  | 'InnerAccessAccept'
  | 'InnerAccessDrop'
  | 'BasicDefaultIngressDeny'
  | 'BasicDefaultEgressAllow'
  | 'AdvancedDefaultDeny'
  | 'DefaultDenyAll';

export interface EffectiveRuleEntry {
  Kind: 'Rule';
  Direction: Direction;
  SecurityGroupId: string;
  /** The rule as stored, or as the unsaved override gave it (SecurityGroupRuleId may then be ''). */
  Rule: Rule;
  /** True when the rule comes from an unsaved override of its group. */
  Unsaved: boolean;
}

/**
 * The priority of the default rules (seed 001, "Security group overview": a custom group's default rules, inbound
 * deny all and outbound allow all, have priority 110), below every user rule (1–100).
 */
export const DEFAULT_RULE_PRIORITY = 110;

export interface EffectiveDefaultEntry {
  Kind: 'Default';
  Direction: Direction;
  Name: DefaultRuleName;
  Policy: RulePolicy;
  /**
   * DEFAULT_RULE_PRIORITY for the defaults below every rule: the type's default rules (seed 001) and, ours, the Drop
   * internal policy, which the docs place lowest too. null for those above every rule (the platform's TCP 25 block,
   * the Accept internal policy): they override rules, and no rule priority says so.
   */
  Priority: number | null;
  /** The groups the default comes from: the internal policy's groups, or all of the interface's; [] for the platform. */
  SecurityGroupIds: string[];
  Description: string;
}

export type EffectiveEntry = EffectiveRuleEntry | EffectiveDefaultEntry;

const DESCRIPTIONS: Record<DefaultRuleName, string> = {
  PlatformTcp25Block: 'Outbound TCP port 25 is blocked by the platform; security group rules cannot open it.',
  InnerAccessAccept:
    'Interfaces that share a basic security group whose internal access policy is Accept reach each other, both ways; this overrides security group rules.',
  InnerAccessDrop:
    'Internal isolation: interfaces that share only basic security groups with the Drop policy do not reach each other unless a rule allows it.',
  BasicDefaultIngressDeny: 'Basic security group default: inbound traffic that no rule allows is denied.',
  BasicDefaultEgressAllow: 'Basic security group default: outbound traffic that no rule denies is allowed.',
  AdvancedDefaultDeny: 'Advanced security group default: traffic that no rule allows is denied, inbound and outbound.',
  DefaultDenyAll: 'Security group default: traffic that no rule allows is denied, inbound and outbound.',
};

/** The defaults that act before any rule is looked at. */
const ABOVE_RULES: ReadonlySet<DefaultRuleName> = new Set(['PlatformTcp25Block', 'InnerAccessAccept']);

function defaultEntry(name: DefaultRuleName, direction: Direction, policy: RulePolicy, groups: string[]) {
  const entry: EffectiveDefaultEntry = {
    Kind: 'Default',
    Direction: direction,
    Name: name,
    Policy: policy,
    // Only Alibaba's defaults have a priority (110, seed 001); elsewhere no rule has one.
    Priority: ABOVE_RULES.has(name) || name === 'DefaultDenyAll' ? null : DEFAULT_RULE_PRIORITY,
    SecurityGroupIds: groups,
    Description: DESCRIPTIONS[name],
  };
  return entry;
}

/** An interface's groups as evaluation sees them: their type and the groups of each internal policy. */
export interface InterfaceGroups {
  groupIds: string[];
  /** Types are never mixed on one interface; an advanced (enterprise) group makes the interface advanced. */
  advanced: boolean;
  /** Basic groups with InnerAccessPolicy Accept. */
  acceptGroupIds: string[];
  /** Basic groups with InnerAccessPolicy Drop (internal isolation). */
  dropGroupIds: string[];
  /** What decides when no rule does, by the cloud (the dialect's `defaults`). */
  defaults: EvaluationDialect['defaults'];
}

export function interfaceGroups(index: EvaluationIndex, eni: NetworkInterface): InterfaceGroups {
  const groups = [...new Set(eni.SecurityGroupIds)]
    .map((id) => index.group(id))
    .filter((g): g is SecurityGroup => g !== undefined);
  const basic = groups.filter((g) => g.SecurityGroupType === 'normal');
  return {
    groupIds: groups.map((g) => g.SecurityGroupId),
    advanced: basic.length < groups.length,
    acceptGroupIds: basic.filter((g) => g.InnerAccessPolicy === 'Accept').map((g) => g.SecurityGroupId),
    dropGroupIds: basic.filter((g) => g.InnerAccessPolicy === 'Drop').map((g) => g.SecurityGroupId),
    defaults: index.dialect.defaults,
  };
}

/** The defaults that come before every rule: the TCP 25 block (egress) and the Accept internal policy. */
export function leadingDefaults(info: InterfaceGroups, direction: Direction): EffectiveDefaultEntry[] {
  // The TCP 25 block and internal access policies are Alibaba Cloud's.
  if (info.defaults === 'deny-all') return [];
  const out: EffectiveDefaultEntry[] = [];
  if (direction === 'egress') out.push(defaultEntry('PlatformTcp25Block', 'egress', 'drop', []));
  if (!info.advanced && info.acceptGroupIds.length > 0) {
    out.push(defaultEntry('InnerAccessAccept', direction, 'accept', info.acceptGroupIds));
  }
  return out;
}

/**
 * The defaults below every rule: the Drop internal policy (inbound: outbound the basic default already allows,
 * and the peer's inbound side decides), then the type's default, which matches everything.
 */
export function trailingDefaults(info: InterfaceGroups, direction: Direction): EffectiveDefaultEntry[] {
  const typeDefault = typeDefaultRule(info.defaults, info.advanced, direction, info.groupIds);
  if (info.defaults === 'deny-all' || info.advanced || direction === 'egress') return [typeDefault];
  const out: EffectiveDefaultEntry[] = [];
  if (info.dropGroupIds.length > 0) out.push(defaultEntry('InnerAccessDrop', 'ingress', 'drop', info.dropGroupIds));
  out.push(typeDefault);
  return out;
}

/**
 * A group type's default rule of one direction, the last entry of every effective list (seed 001; spec §8 item 5):
 * basic (custom) groups deny inbound and allow outbound, advanced groups deny both ways. It matches every packet.
 */
export function typeDefaultRule(
  defaults: EvaluationDialect['defaults'],
  advanced: boolean,
  direction: Direction,
  groups: string[],
): EffectiveDefaultEntry {
  if (defaults === 'deny-all') return defaultEntry('DefaultDenyAll', direction, 'drop', groups);
  if (advanced) return defaultEntry('AdvancedDefaultDeny', direction, 'drop', groups);
  if (direction === 'egress') return defaultEntry('BasicDefaultEgressAllow', 'egress', 'accept', groups);
  return defaultEntry('BasicDefaultIngressDeny', 'ingress', 'drop', groups);
}

export interface PooledRule {
  compiled: CompiledRule;
  groupId: string;
}

/**
 * The rules of all the groups pooled in evaluation order. Each group's list is already in its order, and the lists
 * are concatenated in the interface's group order. With priorities, a stable sort on (priority, policy) keeps group
 * order, then stored order, among equals; by position (Tencent) the concatenation is the order, first match wins;
 * JD's rules only allow, so any order gives their union.
 */
export function pooledRules(
  index: EvaluationIndex,
  info: InterfaceGroups,
  direction: Direction,
  keep: (c: CompiledRule) => boolean = () => true,
): PooledRule[] {
  const out: PooledRule[] = [];
  for (const groupId of info.groupIds) {
    for (const compiled of index.rulesIn(groupId, direction)) if (keep(compiled)) out.push({ compiled, groupId });
  }
  return index.dialect.ordering === 'priority' ? out.sort((a, b) => byEvaluationOrder(a.compiled, b.compiled)) : out;
}

function ruleEntry(index: EvaluationIndex, { compiled, groupId }: PooledRule): EffectiveRuleEntry {
  return {
    Kind: 'Rule',
    Direction: compiled.direction,
    SecurityGroupId: groupId,
    Rule: compiled.rule,
    Unsaved: index.isOverridden(groupId),
  };
}

/** One direction's effective list, with each pooled rule's compiled form alongside (for evaluation). */
export function effectiveList(
  index: EvaluationIndex,
  eni: NetworkInterface,
  direction: Direction,
): { entry: EffectiveEntry; compiled: CompiledRule | null }[] {
  const info = interfaceGroups(index, eni);
  return [
    ...leadingDefaults(info, direction).map((entry) => ({ entry, compiled: null })),
    ...pooledRules(index, info, direction).map((p) => ({ entry: ruleEntry(index, p), compiled: p.compiled })),
    ...trailingDefaults(info, direction).map((entry) => ({ entry, compiled: null })),
  ];
}

/**
 * Every rule and default that applies to the interface, in evaluation order: inbound first, then outbound,
 * unless one direction is asked for.
 */
export function effectiveRules(index: EvaluationIndex, eni: NetworkInterface, direction?: Direction): EffectiveEntry[] {
  const directions: Direction[] = direction ? [direction] : ['ingress', 'egress'];
  return directions.flatMap((d) => effectiveList(index, eni, d).map((item) => item.entry));
}
