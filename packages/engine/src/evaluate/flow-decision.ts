import type { NetworkInterface } from '../model/instance.ts';
import type { Direction } from '../model/security-group.ts';
import { parseIpProtocol } from '../validate/protocol.ts';
import {
  matchesLocal,
  matchesShape,
  rangeHolds,
  readAddress,
  type Address,
  type CompiledRule,
  type FlowShape,
} from './compiled-rule.ts';
import {
  interfaceGroups,
  leadingDefaults,
  pooledRules,
  trailingDefaults,
  type EffectiveDefaultEntry,
  type InterfaceGroups,
  type PooledRule,
} from './effective-rules.ts';
import type { EvaluationIndex } from './evaluation-index.ts';

/**
 * The verdict machinery both the traced evaluation and the bulk questions (reachability) use, so they cannot
 * disagree. A "side" is one interface's view of a flow in one direction; preparing it keeps only the rules whose
 * protocol and ports fit the flow, so what is left per peer is the peer test alone.
 */

/** The other end of a flow: an address and, when it is an interface of the VPC, its groups. */
export interface ResolvedPeer {
  address: Address;
  groupIds: readonly string[];
}

/** A flow's protocol and ports, normalised: port -1 for the port-less protocols or when none is given. */
export function flowShape(ipProtocol: string, port?: number, sourcePort?: number): FlowShape {
  const protocol = parseIpProtocol(ipProtocol) ?? ipProtocol.trim().toUpperCase();
  const hasPorts = protocol === 'TCP' || protocol === 'UDP';
  return {
    protocol,
    port: hasPorts && port !== undefined ? port : -1,
    sourcePort: hasPorts ? sourcePort : undefined,
  };
}

/**
 * A peer given as an interface (its private IP and its groups) or as an address (and, if an interface of the
 * evaluated interface's VPC holds it, that interface's groups). Throws a plain Error for an unknown interface or
 * an unreadable address: the actions check both before they get here.
 */
export function resolvePeer(
  index: EvaluationIndex,
  eni: NetworkInterface,
  peer: { Ip: string } | { NetworkInterfaceId: string },
): ResolvedPeer {
  if ('NetworkInterfaceId' in peer) {
    const other = index.networkInterface(peer.NetworkInterfaceId);
    const address = other && index.addressOf(other);
    if (!other || !address) throw new Error(`Unknown network interface ${peer.NetworkInterfaceId}`);
    return { address, groupIds: other.SecurityGroupIds };
  }
  const address = readAddress(peer.Ip);
  if (!address) throw new Error(`Not an IP address: ${peer.Ip}`);
  return { address, groupIds: index.groupsAt(eni.VpcId, address) };
}

/**
 * The peer side of a rule: a CIDR of the peer's family, any entry of a prefix list (as the list was when compiled,
 * which the caches keep current), or a group the peer's address is a member of (live).
 */
export function matchesPeer(index: EvaluationIndex, c: CompiledRule, peer: ResolvedPeer): boolean {
  switch (c.peer.kind) {
    case 'range':
      return rangeHolds(c.peer.range, peer.address);
    case 'ranges':
      return c.peer.ranges.some((range) => rangeHolds(range, peer.address));
    case 'group':
      return index.memberIps(c.peer.groupId).has(peer.address.text);
    default:
      return false;
  }
}

function sharesAny(groupIds: readonly string[], wanted: readonly string[]): boolean {
  return groupIds.some((id) => wanted.includes(id));
}

/** Whether a default applies to this flow; the type defaults apply to everything. */
export function defaultMatches(entry: EffectiveDefaultEntry, shape: FlowShape, peer: ResolvedPeer): boolean {
  switch (entry.Name) {
    case 'PlatformTcp25Block':
      return shape.protocol === 'TCP' && shape.port === 25;
    case 'InnerAccessAccept':
    case 'InnerAccessDrop':
      return sharesAny(peer.groupIds, entry.SecurityGroupIds);
    default:
      return true;
  }
}

/** One interface's prepared view of a flow in one direction. */
export interface PreparedSide {
  direction: Direction;
  shape: FlowShape;
  info: InterfaceGroups;
  leading: EffectiveDefaultEntry[];
  /** Only the rules whose protocol and ports fit the flow, in evaluation order. */
  rules: PooledRule[];
  trailing: EffectiveDefaultEntry[];
  /** True when a kept rule narrows the local address (quintuple): the verdict then depends on the interface's IP. */
  hasLocalRules: boolean;
}

export function prepareSide(
  index: EvaluationIndex,
  info: InterfaceGroups,
  direction: Direction,
  shape: FlowShape,
): PreparedSide {
  const rules = pooledRules(index, info, direction, (c) => matchesShape(c, shape));
  return {
    direction,
    shape,
    info,
    leading: leadingDefaults(info, direction),
    rules,
    trailing: trailingDefaults(info, direction),
    hasLocalRules: rules.some((r) => r.compiled.local !== null),
  };
}

export function prepareInterfaceSide(
  index: EvaluationIndex,
  eni: NetworkInterface,
  direction: Direction,
  shape: FlowShape,
): PreparedSide {
  return prepareSide(index, interfaceGroups(index, eni), direction, shape);
}

export type Decision =
  | { allowed: boolean; kind: 'rule'; rule: PooledRule }
  | { allowed: boolean; kind: 'default'; entry: EffectiveDefaultEntry };

/** The first entry of the side that matches the peer decides (spec §8.4–8.8). */
export function decide(
  index: EvaluationIndex,
  side: PreparedSide,
  local: Address | null,
  peer: ResolvedPeer,
): Decision {
  for (const entry of side.leading) {
    if (defaultMatches(entry, side.shape, peer)) return { allowed: entry.Policy === 'accept', kind: 'default', entry };
  }
  for (const rule of side.rules) {
    const c = rule.compiled;
    if (matchesPeer(index, c, peer) && (c.local === null || matchesLocal(c, local))) {
      return { allowed: !c.drop, kind: 'rule', rule };
    }
  }
  for (const entry of side.trailing) {
    if (defaultMatches(entry, side.shape, peer)) return { allowed: entry.Policy === 'accept', kind: 'default', entry };
  }
  // The type default matches everything, so this is not reached; deny if a damaged world ever gets here.
  return { allowed: false, kind: 'default', entry: side.trailing[side.trailing.length - 1]! };
}
