import type { NetworkInterface } from '../model/instance.ts';
import type { Direction, Rule, SecurityGroup } from '../model/security-group.ts';
import { toRuleDraft, type RuleLike } from './rule-coverage.ts';
import { compileRule, readAddress, type Address, type CompiledRule } from './compiled-rule.ts';

/**
 * What one evaluation call reads, indexed once: groups (with unsaved rule overrides applied), interfaces, and
 * group membership as group → member private IPs (a group reference matches those addresses, spec §8.2). Built
 * per call from the live world, so membership changes change the next verdict. The expensive per-rule work
 * (parsing CIDRs, sorting a group's rules) is cached across calls on the frozen records themselves.
 */
export interface EvaluationWorld {
  groups: Iterable<SecurityGroup>;
  interfaces: Iterable<NetworkInterface>;
}

/** Unsaved rules: for this evaluation, the group's rules are these instead of the stored ones. */
export interface RuleOverride {
  SecurityGroupId: string;
  /** Stored (`accept`, 1) or API (`Accept`, `'1'`) spelling; each needs its Direction. */
  Rules: readonly RuleLike[];
}

/** A group's rules of one direction, in evaluation order within the group. */
export interface GroupRules {
  ingress: readonly CompiledRule[];
  egress: readonly CompiledRule[];
}

const sortedCache = new WeakMap<readonly Rule[], GroupRules>();

/** Evaluation order within a group: priority ascending, then drop before accept, then as stored (stable sort). */
export function byEvaluationOrder(a: CompiledRule, b: CompiledRule): number {
  return a.priority - b.priority || Number(b.drop) - Number(a.drop);
}

function sortGroupRules(rules: readonly Rule[]): GroupRules {
  const cached = sortedCache.get(rules);
  if (cached) return cached;
  const compiled = rules.map(compileRule);
  const result: GroupRules = {
    ingress: compiled.filter((c) => c.direction === 'ingress').sort(byEvaluationOrder),
    egress: compiled.filter((c) => c.direction === 'egress').sort(byEvaluationOrder),
  };
  if (Object.isFrozen(rules)) sortedCache.set(rules, result);
  return result;
}

/** An override rule as a stored rule, so it compiles and prints like one. */
function overrideRule(rule: RuleLike): Rule {
  return { ...toRuleDraft(rule), SecurityGroupRuleId: rule.SecurityGroupRuleId ?? '', CreateTime: '' };
}

export class EvaluationIndex {
  private readonly groups = new Map<string, SecurityGroup>();
  private readonly interfaces = new Map<string, NetworkInterface>();
  private readonly overridden = new Set<string>();
  private readonly sorted = new Map<string, GroupRules>();
  private members: Map<string, Set<string>> | null = null;
  private groupsByAddress: Map<string, string[]> | null = null;
  private readonly addresses = new Map<string, Address | null>();

  constructor(world: EvaluationWorld, overrides: readonly RuleOverride[] = []) {
    for (const group of world.groups) this.groups.set(group.SecurityGroupId, group);
    for (const eni of world.interfaces) this.interfaces.set(eni.NetworkInterfaceId, eni);
    for (const { SecurityGroupId, Rules } of overrides) {
      const group = this.groups.get(SecurityGroupId);
      if (!group) continue;
      this.groups.set(SecurityGroupId, { ...group, Rules: Rules.map(overrideRule) });
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

  /** True when the group's rules are an unsaved override in this evaluation. */
  isOverridden(groupId: string): boolean {
    return this.overridden.has(groupId);
  }

  /** The group's rules of both directions, compiled and in evaluation order; empty for an unknown group. */
  rulesOf(groupId: string): GroupRules {
    let rules = this.sorted.get(groupId);
    if (!rules) {
      rules = sortGroupRules(this.groups.get(groupId)?.Rules ?? []);
      this.sorted.set(groupId, rules);
    }
    return rules;
  }

  rulesIn(groupId: string, direction: Direction): readonly CompiledRule[] {
    return this.rulesOf(groupId)[direction];
  }

  /** The private IPs of the group's member interfaces, live: what a rule referencing the group matches. */
  memberIps(groupId: string): ReadonlySet<string> {
    if (!this.members) {
      this.members = new Map();
      for (const eni of this.interfaces.values()) {
        for (const id of eni.SecurityGroupIds) {
          let set = this.members.get(id);
          if (!set) this.members.set(id, (set = new Set()));
          set.add(eni.PrimaryIpAddress);
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
        const key = `${eni.VpcId}|${eni.PrimaryIpAddress}`;
        this.groupsByAddress.set(key, [...(this.groupsByAddress.get(key) ?? []), ...eni.SecurityGroupIds]);
      }
    }
    return this.groupsByAddress.get(`${vpcId}|${address.text}`) ?? [];
  }

  /** An interface's own address, parsed once per index. */
  addressOf(eni: NetworkInterface): Address | null {
    let address = this.addresses.get(eni.NetworkInterfaceId);
    if (address === undefined) {
      address = readAddress(eni.PrimaryIpAddress);
      this.addresses.set(eni.NetworkInterfaceId, address);
    }
    return address;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** The index of one evaluation; `overrides` replace groups' rules with unsaved ones. */
export function createEvaluationIndex(world: EvaluationWorld, overrides: readonly RuleOverride[] = []): EvaluationIndex {
  return new EvaluationIndex(world, overrides);
}
