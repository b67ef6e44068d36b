import type { Direction, IpProtocol } from '../model/security-group.ts';
import { ADDRESS_FIELDS, type RuleDraft } from '../model/rule-draft.ts';
import { parseCidr, type AddressFamily } from './cidr.ts';
import { ruleDescriptionProblem } from './names.ts';
import { parsePolicy, policyProblem } from './policy.ts';
import { ALIBABA_RULES } from '../profiles/alibaba.ts';
import type { RuleDialect } from '../profiles/profile.ts';
import { ALL_PORTS, portRangeProblem } from './port-range.ts';
import { checkPorts } from './port-spec.ts';
import { parsePriority, priorityProblem } from './priority.ts';
import { problem, type Problem } from './problem.ts';
import { ipProtocolProblem, parseIpProtocol, protocolHasPorts } from './protocol.ts';

/** One rule as Authorize*, Revoke* (Permissions mode) and Modify* take it. Values arrive untrusted. */
export interface PermissionInput {
  IpProtocol?: string;
  PortRange?: string;
  PortRangeListId?: string;
  SourcePortRange?: string;
  Policy?: string;
  Priority?: string | number;
  SourceCidrIp?: string;
  Ipv6SourceCidrIp?: string;
  SourceGroupId?: string;
  SourcePrefixListId?: string;
  DestCidrIp?: string;
  Ipv6DestCidrIp?: string;
  DestGroupId?: string;
  DestPrefixListId?: string;
  NicType?: string;
  Description?: string;
}

export type PermissionField = keyof PermissionInput;

export const PERMISSION_FIELDS: readonly PermissionField[] = [
  'IpProtocol',
  'PortRange',
  'PortRangeListId',
  'SourcePortRange',
  'Policy',
  'Priority',
  ...ADDRESS_FIELDS,
  'NicType',
  'Description',
];

/** A finding with the parameter it is about, so a form can show it next to that field. */
export interface PermissionProblem {
  problem: Problem;
  field: PermissionField;
}

export type PermissionCheck = { ok: true; rule: RuleDraft } | ({ ok: false } & PermissionProblem);

/** The field names of each side of a rule, by direction: the peer is Source* on ingress, Dest* on egress. */
const SIDES = {
  Source: { v4: 'SourceCidrIp', v6: 'Ipv6SourceCidrIp', group: 'SourceGroupId', prefixList: 'SourcePrefixListId' },
  Dest: { v4: 'DestCidrIp', v6: 'Ipv6DestCidrIp', group: 'DestGroupId', prefixList: 'DestPrefixListId' },
} as const;

type Side = keyof typeof SIDES;

const CIDR_CODES: Record<'SourceCidrIp' | 'Ipv6SourceCidrIp' | 'DestCidrIp' | 'Ipv6DestCidrIp', string> = {
  SourceCidrIp: 'InvalidSourceCidrIp.Malformed',
  Ipv6SourceCidrIp: 'InvalidParam.Ipv6SourceCidrIp',
  DestCidrIp: 'InvalidDestCidrIp.Malformed',
  Ipv6DestCidrIp: 'InvalidParam.Ipv6DestCidrIp',
};

class Invalid {
  constructor(readonly found: PermissionProblem) {}
}

function reject(field: PermissionField, code: string, message: string, status = 400): never {
  throw new Invalid({ field, problem: problem(code, message, status) });
}

function check(field: PermissionField, found: Problem | null): void {
  if (found) throw new Invalid({ field, problem: found });
}

/** Every field except Priority must be a string when present; blanks count as absent. */
function readFields(input: unknown, dialect: RuleDialect): Record<PermissionField, string> {
  const raw = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<
    string,
    unknown
  >;
  const out = {} as Record<PermissionField, string>;
  for (const field of PERMISSION_FIELDS) {
    const value = raw[field];
    if (field === 'Priority') {
      // A cloud without priorities orders its rules otherwise: the parameter is not read, and 1 is stored.
      if (dialect.priority) check(field, priorityProblem(value));
      out[field] = dialect.priority ? String(parsePriority(value)) : '1';
    } else if (value === undefined || value === null) {
      out[field] = '';
    } else if (typeof value !== 'string') {
      reject(field, 'InvalidParameter', `The specified parameter ${field} is not valid.`);
    } else {
      out[field] = field === 'Description' ? value : value.trim();
    }
  }
  return out;
}

/** Validates one CIDR field; an address of the other family counts as malformed. */
function readCidr(fields: Record<PermissionField, string>, field: keyof typeof CIDR_CODES, family: AddressFamily) {
  const text = fields[field];
  if (text === '') return null;
  const cidr = parseCidr(text);
  if (!cidr || cidr.family !== family) {
    reject(field, CIDR_CODES[field], `The specified parameter ${field} is not valid.`);
  }
  return cidr;
}

function bothFamiliesProblem(side: Side, label: string): never {
  const { v4, v6 } = SIDES[side];
  reject(v4, `InvalidParam.${side}Ip`, `The Parameters ${v4} and ${v6} in ${label} cannot be set at the same time.`);
}

/**
 * Checks one permission of `direction` and normalises it into a stored rule (without ID and time):
 * canonical protocol, lower-case policy, numeric priority, the winning peer only (CIDR over group over
 * prefix list), IPv6 compressed. References to other groups, prefix lists and port lists are only
 * checked for form here; whether they exist is the action's business. `label` names the permission in
 * messages, e.g. `Permissions.2`.
 */
export function normalisePermission(
  direction: Direction,
  input: unknown,
  label = 'Permissions.1',
  dialect: RuleDialect = ALIBABA_RULES,
): PermissionCheck {
  try {
    return { ok: true, rule: normalise(direction, input, label, dialect) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, ...error.found };
    throw error;
  }
}

/** PortRange wins over PortRangeListId; with neither, port-less protocols get `-1/-1`. */
function readPorts(f: Record<PermissionField, string>, protocol: IpProtocol, dialect: RuleDialect) {
  if (dialect.portSyntax !== 'alibaba') {
    if (f.PortRangeListId !== '') unsupported('PortRangeListId', 'port lists');
    if (f.SourcePortRange !== '') unsupported('SourcePortRange', 'source port ranges');
    const ports = checkPorts(dialect, protocol, f.PortRange);
    if (!ports.ok) throw new Invalid({ field: 'PortRange', problem: ports.problem });
    return { portRange: ports.text, portRangeListId: '' };
  }
  const hasPorts = protocolHasPorts(protocol);
  let portRange = f.PortRange;
  let portRangeListId = '';
  if (portRange !== '') {
    check('PortRange', portRangeProblem(protocol, portRange));
  } else if (f.PortRangeListId !== '') {
    if (!hasPorts) {
      reject(
        'PortRangeListId',
        'InvalidParam.ProtocolNotSupportPortRangeList',
        `The protocol ${protocol} does not support port range lists.`,
      );
    }
    portRangeListId = f.PortRangeListId;
  } else if (hasPorts) {
    reject('PortRange', 'InvalidPortRange.Malformed', 'The specified parameter PortRange must set.');
  } else {
    portRange = ALL_PORTS;
  }
  if (f.SourcePortRange !== '') {
    check('SourcePortRange', portRangeProblem(protocol, f.SourcePortRange, 'SourcePortRange'));
  }
  return { portRange, portRangeListId };
}

/** A parameter this cloud's rules do not have. */
function unsupported(field: PermissionField, what: string): never {
  reject(field, 'InvalidParameter', `The parameter ${field} is not supported: rules of this cloud have no ${what}.`);
}

function normalise(direction: Direction, input: unknown, label: string, dialect: RuleDialect): RuleDraft {
  const f = readFields(input, dialect);
  check('IpProtocol', ipProtocolProblem(f.IpProtocol));
  const protocol = parseIpProtocol(f.IpProtocol) ?? 'ALL';
  if (!dialect.protocols.includes(protocol)) {
    reject(
      'IpProtocol',
      'InvalidIpProtocol.ValueNotSupported',
      `The parameter IpProtocol must be one of ${dialect.protocols.join(', ')}.`,
    );
  }
  const hasPorts = protocolHasPorts(protocol);
  const { portRange, portRangeListId } = readPorts(f, protocol, dialect);
  check('Policy', policyProblem(f.Policy));
  const policy = parsePolicy(f.Policy) ?? 'accept';
  if (!dialect.policies.includes(policy)) {
    reject(
      'Policy',
      'InvalidPolicy.Malformed',
      `The specified parameter Policy is not valid: rules of this cloud only ${dialect.policies.join(' or ')}.`,
    );
  }
  const nicType = f.NicType.toLowerCase();
  if (nicType !== '' && nicType !== 'intranet' && nicType !== 'internet') {
    reject(
      'NicType',
      'InvalidNicType.ValueNotSupported',
      'The specified NicType is not supported. Valid values: intranet, internet.',
    );
  }

  const [peerSide, localSide]: [Side, Side] = direction === 'ingress' ? ['Source', 'Dest'] : ['Dest', 'Source'];
  const peerNames = SIDES[peerSide];
  const localNames = SIDES[localSide];
  if (!dialect.quintuple && (f[localNames.v4] !== '' || f[localNames.v6] !== '')) {
    unsupported(f[localNames.v4] !== '' ? localNames.v4 : localNames.v6, 'local address');
  }
  // Group and prefix-list fields exist only on the peer side; on the other side they are a mistake.
  for (const field of [localNames.group, localNames.prefixList]) {
    if (f[field] !== '') {
      reject(
        field,
        'InvalidSourceOrDestGroupId.DirectionMissmatch',
        `The parameter ${field} cannot be used in an ${direction} rule.`,
      );
    }
  }

  if (f[peerNames.v4] !== '' && f[peerNames.v6] !== '') bothFamiliesProblem(peerSide, label);
  if (f[peerNames.v4] === '' && f[peerNames.v6] === '' && f[peerNames.group] === '' && f[peerNames.prefixList] === '') {
    reject(
      peerNames.v4,
      `MissingParameter.${peerSide}`,
      `One of the parameters ${peerNames.v4}, ${peerNames.v6}, ${peerNames.group} or ${peerNames.prefixList} in ${label} must be specified.`,
    );
  }
  const peerCidr = readCidr(f, peerNames.v4, 'IPv4') ?? readCidr(f, peerNames.v6, 'IPv6');
  // Precedence: a CIDR makes the group ID ignored; any other peer makes the prefix list ignored.
  const peerGroup = peerCidr ? '' : f[peerNames.group];
  const peerPrefixList = peerCidr || peerGroup ? '' : f[peerNames.prefixList];
  if (peerGroup !== '' && nicType === 'internet') {
    reject('NicType', `Invalid${peerSide}GroupId.Mismatch`, 'NicType is required or NicType expects intranet.', 403);
  }

  if (f[localNames.v4] !== '' && f[localNames.v6] !== '') bothFamiliesProblem(localSide, label);
  const localCidr = readCidr(f, localNames.v4, 'IPv4') ?? readCidr(f, localNames.v6, 'IPv6');
  if (peerCidr && localCidr) {
    const localField = localCidr.family === 'IPv4' ? localNames.v4 : localNames.v6;
    if (peerCidr.family !== localCidr.family) {
      reject(localField, 'InvalidParameter.Conflict', 'IPv6 and IPv4 addresses cannot exist at the same time.');
    }
    if (peerCidr.network === localCidr.network) {
      reject(
        localField,
        'InvalidParamter.Conflict',
        'The specified SourceCidrIp should be different from the DestCidrIp.',
      );
    }
  }
  const families = [peerCidr?.family, localCidr?.family];
  if (protocol === 'ICMP' && families.includes('IPv6')) {
    reject(
      'IpProtocol',
      'InvalidParam.Ipv4ProtocolConflictWithIpv6Address',
      'The IPv4 protocol ICMP cannot be used with an IPv6 address. Use ICMPv6.',
    );
  }
  if (protocol === 'ICMPv6' && families.includes('IPv4')) {
    reject(
      'IpProtocol',
      'InvalidParam.Ipv6ProtocolConflictWithIpv4Address',
      'The IPv6 protocol ICMPv6 cannot be used with an IPv4 address. Use ICMP.',
    );
  }
  const kind = peerCidr ? (peerCidr.family === 'IPv4' ? 'ipv4' : 'ipv6') : peerGroup ? 'group' : 'prefixList';
  if (!dialect.peers.includes(kind)) {
    const field = { ipv4: peerNames.v4, ipv6: peerNames.v6, group: peerNames.group, prefixList: peerNames.prefixList }[
      kind
    ];
    const what = {
      ipv4: 'IPv4 CIDR block',
      ipv6: 'IPv6 CIDR block',
      group: 'security group',
      prefixList: 'prefix list',
    };
    unsupported(field, `${what[kind]} as the authorization object`);
  }
  check('Description', ruleDescriptionProblem(f.Description, dialect.descriptionMax));

  const sides = {
    Source: { cidr: '', v6: '', group: '', prefixList: '' },
    Dest: { cidr: '', v6: '', group: '', prefixList: '' },
  };
  const peer = sides[peerSide];
  if (peerCidr?.family === 'IPv4') peer.cidr = peerCidr.text;
  if (peerCidr?.family === 'IPv6') peer.v6 = peerCidr.text;
  peer.group = peerGroup;
  peer.prefixList = peerPrefixList;
  const local = sides[localSide];
  if (localCidr?.family === 'IPv4') local.cidr = localCidr.text;
  if (localCidr?.family === 'IPv6') local.v6 = localCidr.text;

  return {
    Direction: direction,
    IpProtocol: protocol,
    PortRange: portRange,
    PortRangeListId: portRangeListId,
    // Only TCP and UDP have source ports; `-1/-1` on other protocols says nothing, so it is not kept.
    SourcePortRange: hasPorts ? f.SourcePortRange : '',
    Policy: policy,
    Priority: Number(f.Priority),
    SourceCidrIp: sides.Source.cidr,
    Ipv6SourceCidrIp: sides.Source.v6,
    SourceGroupId: sides.Source.group,
    SourcePrefixListId: sides.Source.prefixList,
    DestCidrIp: sides.Dest.cidr,
    Ipv6DestCidrIp: sides.Dest.v6,
    DestGroupId: sides.Dest.group,
    DestPrefixListId: sides.Dest.prefixList,
    // VPC groups are always intranet; `internet` on a CIDR rule is accepted and coerced, as Describe does.
    NicType: 'intranet',
    Description: f.Description,
  };
}
