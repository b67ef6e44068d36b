import { type ParamsOf } from '@sg/engine';
import { parseIpProtocol, protocolHasPorts } from '@sg/engine/forms';
import type { Direction } from '../lib/paths.ts';

/** The other end of a flow: an IP address, an instance (its primary interface) or a network interface. */
export interface FlowPeer {
  kind: 'ip' | 'instance' | 'eni';
  id: string;
  /** How the console names it, e.g. "web-01 (i-…)"; the ID itself for an address. */
  label: string;
}

/** One flow as Check traffic asks about it: started by (outbound) or towards (inbound) the interface. */
export interface TrafficFlow {
  regionId: string;
  networkInterfaceId: string;
  direction: Direction;
  protocol: string;
  /** As typed; the engine judges it. */
  port: string;
  peer: FlowPeer;
}

/** Whether a flow of this protocol has a destination port, by the engine's own reading of the protocol. */
export function flowHasPorts(protocol: string): boolean {
  const parsed = parseIpProtocol(protocol);
  return parsed === null || protocolHasPorts(parsed);
}

/** The flow as EvaluateTraffic's parameters; a port-less protocol sends no port. */
export function evaluateTrafficParams(flow: TrafficFlow): ParamsOf<'EvaluateTraffic'> {
  const port = flow.port.trim();
  const hasPorts = flowHasPorts(flow.protocol);
  return {
    RegionId: flow.regionId,
    NetworkInterfaceId: flow.networkInterfaceId,
    Direction: flow.direction,
    IpProtocol: flow.protocol,
    Port: hasPorts && port !== '' ? Number(port) : undefined,
    PeerIp: flow.peer.kind === 'ip' ? flow.peer.id : undefined,
    PeerInstanceId: flow.peer.kind === 'instance' ? flow.peer.id : undefined,
    PeerNetworkInterfaceId: flow.peer.kind === 'eni' ? flow.peer.id : undefined,
  };
}

/** "Inbound TCP 80 from 8.8.8.8 to eni-…", for lists of flows. */
export function flowLabel(flow: TrafficFlow): string {
  const what = flowHasPorts(flow.protocol) ? `${flow.protocol} ${flow.port}` : flow.protocol;
  return flow.direction === 'ingress'
    ? `Inbound ${what} from ${flow.peer.label} to ${flow.networkInterfaceId}`
    : `Outbound ${what} from ${flow.networkInterfaceId} to ${flow.peer.label}`;
}

/** Two flows are the same question when every field but the peer's label agrees. */
export function flowKey(flow: TrafficFlow): string {
  const { regionId, networkInterfaceId, direction, protocol, port, peer } = flow;
  return [regionId, networkInterfaceId, direction, protocol, port.trim(), peer.kind, peer.id].join('|');
}
