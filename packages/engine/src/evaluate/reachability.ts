import type { NetworkInterface } from '../model/instance.ts';
import type { FlowShape } from './compiled-rule.ts';
import { interfaceGroups } from './effective-rules.ts';
import type { EvaluationIndex } from './evaluation-index.ts';
import {
  decide,
  flowShape,
  prepareInterfaceSide,
  prepareSide,
  type PreparedSide,
  type ResolvedPeer,
} from './flow-decision.ts';

/**
 * Bulk reachability: which interfaces can open a flow to which. A flow needs the source's outbound side and the
 * destination's inbound side to allow it. Private addresses only reach within a VPC, so only interfaces of the
 * same VPC are sources. The work is shared: the destination's inbound side is prepared once, and a source's
 * outbound verdict towards a fixed destination depends only on its set of groups (unless a quintuple rule narrows
 * its own address), so it is computed once per distinct set.
 */

function peerOf(index: EvaluationIndex, eni: NetworkInterface): ResolvedPeer | null {
  const address = index.addressOf(eni);
  return address ? { address, groupIds: eni.SecurityGroupIds } : null;
}

/** Outbound verdicts towards one destination, shared between sources that hold the same groups. */
class EgressVerdicts {
  private readonly sides = new Map<string, PreparedSide>();
  private readonly verdicts = new Map<string, boolean>();

  constructor(
    private readonly index: EvaluationIndex,
    private readonly shape: FlowShape,
    private readonly destination: ResolvedPeer,
  ) {}

  allowed(source: NetworkInterface): boolean {
    const key = [...source.SecurityGroupIds].sort().join(',');
    const known = this.verdicts.get(key);
    if (known !== undefined) return known;
    let side = this.sides.get(key);
    if (!side) {
      side = prepareSide(this.index, interfaceGroups(this.index, source), 'egress', this.shape);
      this.sides.set(key, side);
    }
    const verdict = decide(this.index, side, this.index.addressOf(source), this.destination).allowed;
    // A rule narrowing the source's own address makes the verdict depend on that address: do not share it.
    if (!side.hasLocalRules) this.verdicts.set(key, verdict);
    return verdict;
  }
}

/**
 * The interfaces of the destination's VPC (itself excluded) that can open a flow to it on this protocol and port,
 * e.g. "which interfaces can reach X on TCP 22". Sorted by interface ID.
 */
export function interfacesThatCanReach(
  index: EvaluationIndex,
  destination: NetworkInterface,
  ipProtocol: string,
  port?: number,
): string[] {
  const shape = flowShape(ipProtocol, port);
  const target = peerOf(index, destination);
  if (!target) return [];
  const inbound = prepareInterfaceSide(index, destination, 'ingress', shape);
  const localAddress = target.address;
  const egress = new EgressVerdicts(index, shape, target);
  const out: string[] = [];
  for (const source of index.allInterfaces()) {
    if (source.VpcId !== destination.VpcId || source.NetworkInterfaceId === destination.NetworkInterfaceId) continue;
    const from = peerOf(index, source);
    if (!from || !decide(index, inbound, localAddress, from).allowed) continue;
    if (egress.allowed(source)) out.push(source.NetworkInterfaceId);
  }
  return out.sort();
}

/**
 * The matrix of flows between interfaces: `[i][j]` is whether interface i can open a flow to interface j; null on
 * the diagonal (an interface's traffic to itself never crosses its security groups). Interfaces of different VPCs
 * cannot reach each other.
 */
export function reachabilityMatrix(
  index: EvaluationIndex,
  interfaces: readonly NetworkInterface[],
  ipProtocol: string,
  port?: number,
): (boolean | null)[][] {
  const shape = flowShape(ipProtocol, port);
  const peers = interfaces.map((eni) => peerOf(index, eni));
  const inbound = interfaces.map((eni) => prepareInterfaceSide(index, eni, 'ingress', shape));
  // One cache of outbound verdicts per destination: sources with the same groups share it.
  const outbound = peers.map((peer) => (peer ? new EgressVerdicts(index, shape, peer) : null));
  return interfaces.map((source, i) => {
    const from = peers[i];
    return interfaces.map((destination, j) => {
      if (i === j) return null;
      const to = peers[j];
      if (!from || !to || source.VpcId !== destination.VpcId) return false;
      if (!decide(index, inbound[j]!, to.address, from).allowed) return false;
      return outbound[j]!.allowed(source);
    });
  });
}
