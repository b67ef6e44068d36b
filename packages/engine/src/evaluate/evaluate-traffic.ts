import type { NetworkInterface } from '../model/instance.ts';
import type { Direction } from '../model/security-group.ts';
import { matchesLocal, matchesShape } from './compiled-rule.ts';
import { effectiveList, type EffectiveEntry } from './effective-rules.ts';
import type { EvaluationIndex } from './evaluation-index.ts';
import {
  decide,
  defaultMatches,
  flowShape,
  matchesPeer,
  prepareInterfaceSide,
  resolvePeer,
  type Decision,
} from './flow-decision.ts';

/**
 * "Is this flow allowed?" for one interface (spec §8). Security groups are stateful: a flow is judged only in the
 * direction that starts it (inbound on the receiving interface, outbound on the sending one); its replies are
 * allowed automatically. So Direction says which way the flow starts, relative to the interface.
 */
export type TrafficPeer = { Ip: string } | { NetworkInterfaceId: string };

export interface TrafficFlow {
  Direction: Direction;
  /** TCP, UDP, ICMP, ICMPv6 or GRE, any case. */
  IpProtocol: string;
  /** Destination port of a TCP or UDP flow; ignored for the port-less protocols. */
  Port?: number;
  /** Source port; when absent, rules that restrict source ports (quintuple rules) do not match. */
  SourcePort?: number;
  /** The other end: an IPv4/IPv6 address, or an interface (its private IP and its group memberships). */
  Peer: TrafficPeer;
}

export type Verdict = 'Allowed' | 'Denied';

export interface ConsideredEntry {
  Entry: EffectiveEntry;
  Matched: boolean;
}

export interface TrafficVerdict {
  Verdict: Verdict;
  Direction: Direction;
  /** The rule (with its group) or default that decided. */
  DecidingRule: EffectiveEntry;
  /** What was checked, in order, up to and including the deciding entry. */
  Considered: ConsideredEntry[];
  Stateful: true;
  Note: string;
}

export const STATEFUL_NOTE =
  'Security groups are stateful: a flow is judged only in the direction that starts it; reply packets of an allowed flow are allowed automatically (sessions last up to 910 seconds).';

/**
 * The verdict for a flow with the full trace: every rule and default the interface has, checked in evaluation
 * order until one matches. Works on unsaved rules too, through the index's overrides.
 */
export function evaluateTraffic(index: EvaluationIndex, eni: NetworkInterface, flow: TrafficFlow): TrafficVerdict {
  const shape = flowShape(flow.IpProtocol, flow.Port, flow.SourcePort);
  const peer = resolvePeer(index, eni, flow.Peer);
  const local = index.addressOf(eni);
  const considered: ConsideredEntry[] = [];
  for (const { entry, compiled } of effectiveList(index, eni, flow.Direction)) {
    const matched = compiled
      ? matchesShape(compiled, shape) && matchesPeer(index, compiled, peer) && matchesLocal(compiled, local)
      : entry.Kind === 'Default' && defaultMatches(entry, shape, peer);
    considered.push({ Entry: entry, Matched: matched });
    if (!matched) continue;
    const policy = entry.Kind === 'Rule' ? entry.Rule.Policy : entry.Policy;
    return {
      Verdict: policy === 'accept' ? 'Allowed' : 'Denied',
      Direction: flow.Direction,
      DecidingRule: entry,
      Considered: considered,
      Stateful: true,
      Note: STATEFUL_NOTE,
    };
  }
  // Unreachable: the type default at the end matches everything.
  throw new Error(`No default decided for ${eni.NetworkInterfaceId}`);
}

/**
 * The verdict alone, without building the trace: what bulk questions use. Agrees with evaluateTraffic by
 * construction (the same matchers), which the evaluation tests also check case by case.
 */
export function trafficAllowed(index: EvaluationIndex, eni: NetworkInterface, flow: TrafficFlow): Decision {
  const shape = flowShape(flow.IpProtocol, flow.Port, flow.SourcePort);
  const side = prepareInterfaceSide(index, eni, flow.Direction, shape);
  return decide(index, side, index.addressOf(eni), resolvePeer(index, eni, flow.Peer));
}

export interface FlowBetween {
  /** True only when the source's outbound side and the destination's inbound side both allow the flow. */
  Allowed: boolean;
  /** The source interface's outbound verdict, the destination being the peer. */
  Egress: TrafficVerdict;
  /** The destination interface's inbound verdict, the source being the peer. */
  Ingress: TrafficVerdict;
  Stateful: true;
  Note: string;
}

/** A flow started by `source` towards `destination`: both interfaces' groups must let it through. */
export function evaluateFlowBetween(
  index: EvaluationIndex,
  source: NetworkInterface,
  destination: NetworkInterface,
  ipProtocol: string,
  port?: number,
): FlowBetween {
  const base = { IpProtocol: ipProtocol, Port: port };
  const egress = evaluateTraffic(index, source, {
    ...base,
    Direction: 'egress',
    Peer: { NetworkInterfaceId: destination.NetworkInterfaceId },
  });
  const ingress = evaluateTraffic(index, destination, {
    ...base,
    Direction: 'ingress',
    Peer: { NetworkInterfaceId: source.NetworkInterfaceId },
  });
  return {
    Allowed: egress.Verdict === 'Allowed' && ingress.Verdict === 'Allowed',
    Egress: egress,
    Ingress: ingress,
    Stateful: true,
    Note: STATEFUL_NOTE,
  };
}
