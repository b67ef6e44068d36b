import type { NetworkInterface } from '../model/instance.ts';
import { ALIBABA_RULES } from '../profiles/alibaba.ts';
import type { RuleDialect } from '../profiles/profile.ts';
import type { PortRangeList, PrefixList } from '../model/lists.ts';
import type { Direction, Rule, SecurityGroup } from '../model/security-group.ts';
import { toRuleDraft, type RuleLike } from './rule-coverage.ts';
import { compareEvaluationOrder } from './evaluation-order.ts';
import { privateIpsOf } from '../model/private-ips.ts';
import {
  compileRule,
  isCurrent,
  namesList,
  readAddress,
  type Address,
  type CompiledRule,
  type RuleLists,
} from './compiled-rule.ts';

/**
 * What one evaluation call reads, indexed once: groups (with unsaved rule overrides applied), interfaces, and
 * group membership as group → member private IPs (a group reference matches those addresses, spec §8.2). Built
 * per call from the live world, so membership changes change the next verdict. The expensive per-rule work
 * (parsing CIDRs, sorting a group's rules) is cached across calls on the frozen records themselves.
 */
export interface EvaluationWorld {
  groups: Iterable<SecurityGroup>;
  interfaces: Iterable<NetworkInterface>;
  /** The prefix lists and port lists rules may name; a rule naming one that is not here matches nothing. */
  prefixLists?: Iterable<PrefixList>;
  portRangeLists?: Iterable<PortRangeList>;
}

/** Unsaved rules: for this evaluation, the group's rules are these instead of the stored ones. */
export interface RuleOverride {
  SecurityGroupId: string;
  /** Stored (`accept`, 1) or API (`Accept`, `'1'`) spelling; each needs its Direction. */
  Rules: readonly RuleLike[];
}

/**
 * A group's rules of each direction, in evaluation order within the group; each direction compiled on first need.
 * `withLists` are the compiled rules that name a prefix list or port list: the only ones a list edit can make stale.
 */
type GroupRules = Partial<Record<Direction, { sorted: readonly CompiledRule[]; withLists: readonly CompiledRule[] }>>;

/** By the ordering: priority-sorted lists and lists in stored order are cached apart. */
const sortedCaches = {
  sorted: new WeakMap<readonly Rule[], GroupRules>(),
  stored: new WeakMap<readonly Rule[], GroupRules>(),
};
const addressCache = new WeakMap<NetworkInterface, Address | null>();

/** Evaluation order within a group: priority ascending, then drop before accept, then as stored (stable sort). */
export const byEvaluationOrder: (a: CompiledRule, b: CompiledRule) => number = compareEvaluationOrder;

/**
 * One direction of a group's rules, compiled and sorted, cached on the (frozen) rule list: a question about
 * inbound traffic never parses the outbound rules. The cache holds while the lists its rules name are the same
 * records; after a list edit the direction is compiled again (only the list rules change: compileRule's own cache
 * keeps the others).
 */
function sortedRules(
  rules: readonly Rule[],
  direction: Direction,
  lists: RuleLists,
  byPriority: boolean,
): readonly CompiledRule[] {
  const sortedCache = byPriority ? sortedCaches.sorted : sortedCaches.stored;
  let entry = sortedCache.get(rules);
  if (!entry) {
    entry = {};
    if (Object.isFrozen(rules)) sortedCache.set(rules, entry);
  }
  const known = entry[direction];
  if (known && known.withLists.every((c) => isCurrent(c, lists))) return known.sorted;
  const compiled = rules.filter((r) => r.Direction === direction).map((r) => compileRule(r, lists));
  const sorted = byPriority ? compiled.sort(byEvaluationOrder) : compiled;
  const withLists = sorted.filter((c) => namesList(c.rule));
  entry[direction] = { sorted, withLists };
  return sorted;
}

/**
 * An override rule as a stored rule, so it compiles and prints like one. Frozen like a stored record: it is our
 * own copy, so the caches may keep it for the life of this index.
 */
function overrideRule(rule: RuleLike): Rule {
  return Object.freeze({ ...toRuleDraft(rule), SecurityGroupRuleId: rule.SecurityGroupRuleId ?? '', CreateTime: '' });
}

/** What evaluation reads of a cloud's rule dialect. */
export type EvaluationDialect = Pick<RuleDialect, 'ordering' | 'defaults'>;

export class EvaluationIndex {
  private readonly groups = new Map<string, SecurityGroup>();
  private readonly interfaces = new Map<string, NetworkInterface>();
  private readonly overridden = new Set<string>();
  private readonly prefixLists = new Map<string, PrefixList>();
  private readonly portRangeLists = new Map<string, PortRangeList>();
  /** The lookup compiled rules read their lists through. */
  private readonly lists: RuleLists = {
    prefixList: (id) => this.prefixLists.get(id),
    portRangeList: (id) => this.portRangeLists.get(id),
  };
  private members: Map<string, Set<string>> | null = null;
  private groupsByAddress: Map<string, string[]> | null = null;

  constructor(
    world: EvaluationWorld,
    overrides: readonly RuleOverride[] = [],
    /** How the cloud orders rules and what decides when none does (the profile's rule dialect). */
    readonly dialect: EvaluationDialect = ALIBABA_RULES,
  ) {
    for (const group of world.groups) this.groups.set(group.SecurityGroupId, group);
    for (const eni of world.interfaces) this.interfaces.set(eni.NetworkInterfaceId, eni);
    for (const list of world.prefixLists ?? []) this.prefixLists.set(list.PrefixListId, list);
    for (const list of world.portRangeLists ?? []) this.portRangeLists.set(list.PortRangeListId, list);
    for (const { SecurityGroupId, Rules } of overrides) {
      const group = this.groups.get(SecurityGroupId);
      if (!group) continue;
      this.groups.set(SecurityGroupId, { ...group, Rules: Object.freeze(Rules.map(overrideRule)) as Rule[] });
      this.overridden.add(SecurityGroupId);
    }
  }

  group(id: string): SecurityGroup | undefined {
    return this.groups.get(id);
  }

  networkInterface(id: string): NetworkInterface | undefined {
    return this.interfaces.get(id);
  }

  allInterfaces(): IterableIterator<NetworkInterface> {
    return this.interfaces.values();
  }

  /** A prefix list rules may name; undefined when this evaluation does not have it. */
  prefixList(id: string): PrefixList | undefined {
    return this.prefixLists.get(id);
  }

  portRangeList(id: string): PortRangeList | undefined {
    return this.portRangeLists.get(id);
  }

  /** True when the group's rules are an unsaved override in this evaluation. */
  isOverridden(groupId: string): boolean {
    return this.overridden.has(groupId);
  }

  /** The group's rules of one direction, compiled and in evaluation order; none for an unknown group. */
  rulesIn(groupId: string, direction: Direction): readonly CompiledRule[] {
    const byPriority = this.dialect.ordering === 'priority';
    return sortedRules(this.groups.get(groupId)?.Rules ?? NO_RULES, direction, this.lists, byPriority);
  }

  /** The private IPs of the group's member interfaces, live: what a rule referencing the group matches. */
  memberIps(groupId: string): ReadonlySet<string> {
    if (!this.members) {
      this.members = new Map();
      for (const eni of this.interfaces.values()) {
        for (const id of eni.SecurityGroupIds) {
          let set = this.members.get(id);
          if (!set) this.members.set(id, (set = new Set()));
          for (const ip of privateIpsOf(eni)) set.add(ip);
        }
      }
    }
    return this.members.get(groupId) ?? EMPTY;
  }

  /**
   * The groups of whatever interface of the VPC holds this address: how a bare IP peer is recognised as a member
   * of a group for intra-group policy. Private addresses are unique within a VPC.
   */
  groupsAt(vpcId: string, address: Address): readonly string[] {
    if (!this.groupsByAddress) {
      this.groupsByAddress = new Map();
      for (const eni of this.interfaces.values()) {
        for (const ip of privateIpsOf(eni)) {
          const key = `${eni.VpcId}|${ip}`;
          this.groupsByAddress.set(key, [...(this.groupsByAddress.get(key) ?? []), ...eni.SecurityGroupIds]);
        }
      }
    }
    return this.groupsByAddress.get(`${vpcId}|${address.text}`) ?? [];
  }

  /** An interface's own address, parsed once per (frozen) interface record. */
  addressOf(eni: NetworkInterface): Address | null {
    let address = addressCache.get(eni);
    if (address === undefined) {
      address = readAddress(eni.PrimaryIpAddress);
      if (Object.isFrozen(eni)) addressCache.set(eni, address);
    }
    return address;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
const NO_RULES: readonly Rule[] = Object.freeze([]);

/** The index of one evaluation; `overrides` replace groups' rules with unsaved ones. Alibaba's rules by default. */
export function createEvaluationIndex(
  world: EvaluationWorld,
  overrides: readonly RuleOverride[] = [],
  dialect: EvaluationDialect = ALIBABA_RULES,
): EvaluationIndex {
  return new EvaluationIndex(world, overrides, dialect);
}
