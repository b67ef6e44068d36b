import { fail } from '../../errors.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import type { Direction } from '../../model/security-group.ts';
import { readAddress } from '../../evaluate/compiled-rule.ts';
import { createEvaluationIndex, type RuleOverride } from '../../evaluate/evaluation-index.ts';
import type { TrafficPeer } from '../../evaluate/evaluate-traffic.ts';
import type { RuleLike } from '../../evaluate/rule-coverage.ts';
import { optionalArray, optionalString } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { ipProtocolProblem, parseIpProtocol } from '../../validate/protocol.ts';
import type { ActionContext } from '../../context.ts';
import { requireTarget } from '../membership/membership-target.ts';
import { primaryInterfaceOf, requireEni, requireInstance } from '../network-interfaces/eni-lookup.ts';

/**
 * Parameters the evaluation actions share (ours, not the real API's, so the codes are chosen to follow the API's
 * patterns). The world they evaluate is the region's groups and interfaces as they are now.
 */

/**
 * The region's groups, interfaces, prefix lists and port lists, indexed for one call, with unsaved rules in place
 * of stored ones.
 */
export function regionIndex(ctx: ActionContext, regionId: string, overrides: readonly RuleOverride[] = []) {
  return createEvaluationIndex(
    {
      groups: ctx.tx.all('securityGroups').filter((g) => g.RegionId === regionId),
      interfaces: ctx.tx.all('networkInterfaces').filter((eni) => eni.RegionId === regionId),
      prefixLists: ctx.tx.all('prefixLists').filter((l) => l.RegionId === regionId),
      portRangeLists: ctx.tx.all('portRangeLists').filter((l) => l.RegionId === regionId),
    },
    overrides,
    ctx.profile.rules,
  );
}

/**
 * The interface evaluated: NetworkInterfaceId, or InstanceId for the instance's primary interface.
 * @throws InvalidParam.EniIdAndInstanceId.Conflict, MissingParameter.InstanceId, InvalidInstanceId.NotFound,
 * InvalidEniId.NotFound
 */
export function requireSubject(
  ctx: ActionContext,
  regionId: string,
  params: { InstanceId?: unknown; NetworkInterfaceId?: unknown },
): NetworkInterface {
  return requireTarget(ctx, { ...params, RegionId: regionId }).eni;
}

/** @throws InvalidParameter.Direction */
export function readDirection(value: unknown, optional: boolean): Direction | undefined {
  const text = optionalString(value, 'Direction');
  if (optional && (text === '' || text === 'all')) return undefined;
  if (text !== 'ingress' && text !== 'egress') {
    fail(
      'InvalidParameter.Direction',
      `The specified parameter Direction is not valid. Valid values: ingress, egress${optional ? ', all' : ''}.`,
      400,
      'Direction',
    );
  }
  return text;
}

/**
 * A flow's protocol and destination port. A flow has one protocol, so `ALL` is refused; TCP and UDP need a port
 * from 1 to 65535, the other protocols have none (a given Port is ignored).
 * @throws MissingParameter.IpProtocol, InvalidIpProtocol.ValueNotSupported, MissingParameter.Port,
 * InvalidParameter.Port
 */
export function readFlowProtocol(params: { IpProtocol?: unknown; Port?: unknown }): {
  protocol: string;
  port?: number;
} {
  const text = optionalString(params.IpProtocol, 'IpProtocol');
  assertNoProblem(ipProtocolProblem(text), 'IpProtocol');
  const protocol = parseIpProtocol(text)!;
  if (protocol === 'ALL') {
    fail(
      'InvalidIpProtocol.ValueNotSupported',
      'A flow has one protocol: TCP, UDP, ICMP, ICMPv6 or GRE.',
      400,
      'IpProtocol',
    );
  }
  if (protocol !== 'TCP' && protocol !== 'UDP') return { protocol };
  if (params.Port === undefined || params.Port === null || params.Port === '') {
    fail('MissingParameter.Port', `The parameter "Port" is mandatory for a ${protocol} flow.`, 400, 'Port');
  }
  const port =
    typeof params.Port === 'number' ? params.Port : typeof params.Port === 'string' ? Number(params.Port) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail('InvalidParameter.Port', 'The specified parameter Port is not valid. Valid values: 1 to 65535.', 400, 'Port');
  }
  return { protocol, port };
}

/**
 * The other end of the flow: exactly one of PeerIp (IPv4 or IPv6), PeerNetworkInterfaceId, PeerInstanceId (its
 * primary interface).
 * @throws MissingParameter.Peer, InvalidParameter.Conflict, InvalidParameter.PeerIp, InvalidEniId.NotFound,
 * InvalidInstanceId.NotFound
 */
export function readPeer(
  ctx: ActionContext,
  regionId: string,
  params: { PeerIp?: unknown; PeerNetworkInterfaceId?: unknown; PeerInstanceId?: unknown },
): TrafficPeer {
  const ip = optionalString(params.PeerIp, 'PeerIp');
  const eniId = optionalString(params.PeerNetworkInterfaceId, 'PeerNetworkInterfaceId');
  const instanceId = optionalString(params.PeerInstanceId, 'PeerInstanceId');
  const given = [ip, eniId, instanceId].filter((v) => v !== '').length;
  if (given === 0) {
    fail(
      'MissingParameter.Peer',
      'One of the parameters PeerIp, PeerNetworkInterfaceId or PeerInstanceId must be specified.',
      400,
      'PeerIp',
    );
  }
  if (given > 1) {
    fail(
      'InvalidParameter.Conflict',
      'Only one of the parameters PeerIp, PeerNetworkInterfaceId and PeerInstanceId can be specified.',
      400,
      'PeerIp',
    );
  }
  if (ip !== '') {
    if (!readAddress(ip)) {
      fail('InvalidParameter.PeerIp', 'The specified parameter PeerIp is not an IPv4 or IPv6 address.', 400, 'PeerIp');
    }
    return { Ip: ip };
  }
  if (eniId !== '') {
    return { NetworkInterfaceId: requireEni(ctx.tx, regionId, eniId, 'PeerNetworkInterfaceId').NetworkInterfaceId };
  }
  const instance = requireInstance(ctx.tx, regionId, instanceId, 'PeerInstanceId');
  return { NetworkInterfaceId: primaryInterfaceOf(ctx.tx, instance).NetworkInterfaceId };
}

/**
 * Unsaved rules: `[{ SecurityGroupId, Rules: [...] }]`, each rule in the stored or API spelling with its
 * Direction. Lenient about the rest of a rule (a draft may still be half-typed: what it cannot match, it does not
 * match), strict about the shape.
 * @throws InvalidParameter.RuleOverrides, InvalidSecurityGroupId.NotFound
 */
export function readOverrides(ctx: ActionContext, regionId: string, value: unknown): RuleOverride[] {
  // Typed as a never-returning function so the checks below narrow the types.
  const invalid: (why: string) => never = (why) =>
    fail(
      'InvalidParameter.RuleOverrides',
      `The specified parameter RuleOverrides is not valid: ${why}`,
      400,
      'RuleOverrides',
    );
  const seen = new Set<string>();
  return optionalArray(value, 'RuleOverrides').map((item, i) => {
    if (typeof item !== 'object' || item === null) invalid(`item ${i + 1} is not an object.`);
    const { SecurityGroupId, Rules } = item as Record<string, unknown>;
    if (typeof SecurityGroupId !== 'string' || seen.has(SecurityGroupId)) {
      invalid(`item ${i + 1} needs a SecurityGroupId, once.`);
    }
    seen.add(SecurityGroupId);
    const group = ctx.tx.get('securityGroups', SecurityGroupId);
    if (!group || group.RegionId !== regionId) {
      fail(
        'InvalidSecurityGroupId.NotFound',
        'The SecurityGroupId provided does not exist in our records.',
        404,
        'RuleOverrides',
      );
    }
    if (!Array.isArray(Rules) || Rules.length > ctx.profile.limits.rulesPerInterface) {
      invalid(`item ${i + 1} needs Rules, a list of at most ${ctx.profile.limits.rulesPerInterface} rules.`);
    }
    for (const rule of Rules) {
      const direction = (rule as { Direction?: unknown } | null)?.Direction;
      if (typeof rule !== 'object' || rule === null || (direction !== 'ingress' && direction !== 'egress')) {
        invalid(`every rule of item ${i + 1} needs Direction ingress or egress.`);
      }
    }
    return { SecurityGroupId, Rules: Rules as RuleLike[] };
  });
}
