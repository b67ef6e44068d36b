import { evaluateTraffic as evaluate, STATEFUL_NOTE, type Verdict } from '../../evaluate/evaluate-traffic.ts';
import type { Direction } from '../../model/security-group.ts';
import type { RuleLike } from '../../evaluate/rule-coverage.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { effectiveRuleView, type EffectiveRuleView } from './effective-rule-view.ts';
import {
  readDirection,
  readFlowProtocol,
  readOverrides,
  readPeer,
  regionIndex,
  requireSubject,
} from './evaluation-params.ts';

export interface EvaluateTrafficParams {
  RegionId: string;
  /** The interface judged; or InstanceId for the instance's primary interface. */
  NetworkInterfaceId?: string;
  InstanceId?: string;
  /** Which way the flow starts, relative to the interface. */
  Direction: Direction;
  /** TCP, UDP, ICMP, ICMPv6 or GRE. */
  IpProtocol: string;
  /** Destination port, 1–65535, for TCP and UDP. */
  Port?: number;
  /** The other end: exactly one of these. */
  PeerIp?: string;
  PeerNetworkInterfaceId?: string;
  PeerInstanceId?: string;
  /** Unsaved rules replacing groups' stored rules for this evaluation (the rule editor's "what would change"). */
  RuleOverrides?: { SecurityGroupId: string; Rules: RuleLike[] }[];
}

export interface EvaluateTrafficResponse {
  NetworkInterfaceId: string;
  Verdict: Verdict;
  Direction: Direction;
  DecidingRule: EffectiveRuleView;
  /** What was checked, in order, up to and including the deciding entry. */
  Considered: { Rule: EffectiveRuleView; Matched: boolean }[];
  /** Security groups are stateful: the flow is judged in the direction that starts it only. */
  Stateful: true;
  Note: string;
}

/**
 * Ours, in the API's style: would this flow be allowed on this interface, and which rule or default decides
 * (spec §8). Reads the live world; RuleOverrides evaluate unsaved rules instead of a group's stored ones.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidParam.EniIdAndInstanceId.Conflict,
 * MissingParameter.InstanceId, InvalidInstanceId.NotFound, InvalidEniId.NotFound, InvalidParameter.Direction,
 * MissingParameter.IpProtocol, InvalidIpProtocol.ValueNotSupported, MissingParameter.Port, InvalidParameter.Port,
 * MissingParameter.Peer, InvalidParameter.Conflict, InvalidParameter.PeerIp, InvalidParameter.RuleOverrides,
 * InvalidSecurityGroupId.NotFound, InvalidParameter
 */
export const evaluateTraffic = defineAction<EvaluateTrafficParams, EvaluateTrafficResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const eni = requireSubject(ctx, region.RegionId, params);
    const direction = readDirection(params.Direction, false)!;
    const { protocol, port } = readFlowProtocol(params);
    const peer = readPeer(ctx, region.RegionId, params);
    const index = regionIndex(ctx, region.RegionId, readOverrides(ctx, region.RegionId, params.RuleOverrides));
    const verdict = evaluate(index, eni, { Direction: direction, IpProtocol: protocol, Port: port, Peer: peer });
    return {
      NetworkInterfaceId: eni.NetworkInterfaceId,
      Verdict: verdict.Verdict,
      Direction: direction,
      DecidingRule: effectiveRuleView(index, verdict.DecidingRule),
      Considered: verdict.Considered.map((c) => ({ Rule: effectiveRuleView(index, c.Entry), Matched: c.Matched })),
      Stateful: true,
      Note: STATEFUL_NOTE,
    };
  },
});
