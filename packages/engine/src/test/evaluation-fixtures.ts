import type { NetworkInterface } from '../model/instance.ts';
import type {
  Direction,
  InnerAccessPolicy,
  Rule,
  RulePolicy,
  SecurityGroup,
  SecurityGroupType,
} from '../model/security-group.ts';

/**
 * Small hand-made worlds for the evaluation tests and benchmarks: records in the stored shapes, frozen as the
 * engine's world freezes them (so the per-rule caches are exercised as in the engine).
 */
export const VPC = 'vpc-test';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A rule: `peer` is a CIDR or address (IPv4 or IPv6) or a group ID (`sg-...`); it lands in Source* fields for
 * ingress and Dest* for egress. `tag` is kept as the Description and the ID, so a test can name the rule that decided.
 */
export function rule(
  tag: string,
  direction: Direction,
  policy: RulePolicy,
  priority: number,
  protocol: Rule['IpProtocol'],
  portRange: string,
  peer: string,
  extra: Partial<Rule> = {},
): Rule {
  const side = direction === 'ingress' ? 'Source' : 'Dest';
  const isGroup = peer.startsWith('sg-');
  const isV6 = !isGroup && peer.includes(':');
  const fields = {
    SourceCidrIp: '',
    Ipv6SourceCidrIp: '',
    SourceGroupId: '',
    SourcePrefixListId: '',
    DestCidrIp: '',
    Ipv6DestCidrIp: '',
    DestGroupId: '',
    DestPrefixListId: '',
  };
  const key = isGroup ? `${side}GroupId` : isV6 ? `Ipv6${side}CidrIp` : `${side}CidrIp`;
  return {
    SecurityGroupRuleId: `sgr-${tag}`,
    Direction: direction,
    IpProtocol: protocol,
    PortRange: portRange,
    PortRangeListId: '',
    SourcePortRange: '',
    Policy: policy,
    Priority: priority,
    ...fields,
    [key]: peer,
    NicType: 'intranet',
    Description: tag,
    CreateTime: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

export function group(
  id: string,
  rules: Rule[],
  options: { type?: SecurityGroupType; policy?: InnerAccessPolicy; vpcId?: string } = {},
): SecurityGroup {
  const type = options.type ?? 'normal';
  return deepFreeze({
    SecurityGroupId: id,
    RegionId: 'cn-hangzhou',
    VpcId: options.vpcId ?? VPC,
    SecurityGroupName: id,
    Description: '',
    SecurityGroupType: type,
    InnerAccessPolicy: options.policy ?? (type === 'normal' ? 'Accept' : 'Drop'),
    ResourceGroupId: '',
    Tags: [],
    DeletionProtection: false,
    ServiceManaged: false,
    ServiceID: '',
    IsDefault: false,
    CreationTime: '2026-01-01T00:00:00Z',
    Rules: rules,
  });
}

export function networkInterface(id: string, ip: string, groupIds: string[], vpcId = VPC): NetworkInterface {
  return deepFreeze({
    NetworkInterfaceId: id,
    NetworkInterfaceName: '',
    Description: '',
    RegionId: 'cn-hangzhou',
    ZoneId: 'cn-hangzhou-h',
    VpcId: vpcId,
    VSwitchId: 'vsw-test',
    Type: 'Primary',
    InstanceId: `i-${id}`,
    Status: 'InUse',
    PrimaryIpAddress: ip,
    MacAddress: '00:16:3e:00:00:01',
    SecurityGroupIds: groupIds,
    CreationTime: '2026-01-01T00:00:00Z',
  });
}
