import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';
import type { PermissionInput } from '../validate/permission.ts';
import { alibabaProfile } from './alibaba.ts';
import { jdcloudProfile } from './jdcloud.ts';
import type { Profile } from './profile.ts';
import { tencentProfile } from './tencent.ts';

/**
 * One world per cloud, the same steps, and the answer each cloud's semantics gives (spec §8, §11, §12). Each case
 * differs from at least one other cloud's answer, so it fails if the profile is ignored.
 */
const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

interface CloudWorld {
  engine: Engine;
  region: string;
  vpcId: string;
  vSwitchId: string;
  group(rules?: { ingress?: PermissionInput[]; egress?: PermissionInput[] }): Promise<string>;
  instance(groupIds: string[]): Promise<{ eni: string; ip: string }>;
  verdict(eni: string, direction: 'ingress' | 'egress', protocol: string, port: number, peer: string): Promise<boolean>;
}

async function cloudWorld(profile: Profile): Promise<CloudWorld> {
  const engine = await createEngine({ profile, idSeed: profile.name, clock: createManualClock() });
  const region = profile.regions[0]!.RegionId;
  const zone = profile.regions[0]!.Zones[0]!.ZoneId;
  const { VpcId: vpcId } = await engine.call('CreateVpc', { RegionId: region, CidrBlock: '10.0.0.0/16' });
  const { VSwitchId: vSwitchId } = await engine.call('CreateVSwitch', {
    RegionId: region,
    VpcId: vpcId,
    ZoneId: zone,
    CidrBlock: '10.0.1.0/24',
  });
  let groups = 0;
  return {
    engine,
    region,
    vpcId,
    vSwitchId,
    async group(rules = {}) {
      const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
        RegionId: region,
        VpcId: vpcId,
        SecurityGroupName: `group${++groups}`,
      });
      if (rules.ingress?.length) {
        await engine.call('AuthorizeSecurityGroup', { RegionId: region, SecurityGroupId, Permissions: rules.ingress });
      }
      if (rules.egress?.length) {
        await engine.call('AuthorizeSecurityGroupEgress', {
          RegionId: region,
          SecurityGroupId,
          Permissions: rules.egress,
        });
      }
      return SecurityGroupId;
    },
    async instance(groupIds) {
      const { InstanceIdSets } = await engine.call('RunInstances', {
        RegionId: region,
        VSwitchId: vSwitchId,
        ImageId: IMAGE,
        SecurityGroupIds: groupIds,
      });
      const id = InstanceIdSets.InstanceIdSet[0]!;
      const described = await engine.call('DescribeInstances', { RegionId: region, InstanceIds: [id] });
      const eni = described.Instances.Instance[0]!.NetworkInterfaces.NetworkInterface[0]!;
      return { eni: eni.NetworkInterfaceId, ip: eni.PrimaryIpAddress };
    },
    async verdict(eni, direction, protocol, port, peer) {
      const res = await engine.call('EvaluateTraffic', {
        RegionId: region,
        NetworkInterfaceId: eni,
        Direction: direction,
        IpProtocol: protocol,
        Port: port,
        PeerIp: peer,
      });
      return res.Verdict === 'Allowed';
    },
  };
}

const clouds = { alibaba: alibabaProfile, tencent: tencentProfile, jdcloud: jdcloudProfile };
type Cloud = keyof typeof clouds;

/** A rule in each cloud's port syntax. */
const port = (cloud: Cloud, n: number) => (cloud === 'alibaba' ? `${n}/${n}` : `${n}`);
const allPorts = (cloud: Cloud) => (cloud === 'alibaba' ? '-1/-1' : 'ALL');

describe.each(Object.keys(clouds) as Cloud[])('%s', (cloud) => {
  const profile = clouds[cloud];

  it('mints IDs in the cloud format', async () => {
    const world = await cloudWorld(profile);
    const id = await world.group();
    const pattern = { alibaba: /^sg-bp1[a-z0-9]{17}$/, tencent: /^sg-[a-z0-9]{8}$/, jdcloud: /^sg-[a-z0-9]{10}$/ };
    expect(id).toMatch(pattern[cloud]);
  });

  it('decides what a group without rules lets through', async () => {
    const world = await cloudWorld(profile);
    const { eni } = await world.instance([await world.group()]);
    // Alibaba's basic group allows outbound by default; Tencent and JD reject both ways.
    expect(await world.verdict(eni, 'egress', 'TCP', 443, '93.184.216.34')).toBe(cloud === 'alibaba');
    expect(await world.verdict(eni, 'ingress', 'TCP', 22, '10.0.5.5')).toBe(false);
  });

  it('lets members of one group reach each other only where the cloud interconnects them', async () => {
    const world = await cloudWorld(profile);
    const group = await world.group();
    const a = await world.instance([group]);
    const b = await world.instance([group]);
    // Alibaba's basic group: internal access policy Accept. Tencent: "not interconnected by default"; JD: no rule.
    expect(await world.verdict(b.eni, 'ingress', 'TCP', 8080, a.ip)).toBe(cloud === 'alibaba');
  });
});

describe('rule order', () => {
  it('Tencent: the first matching rule by position decides; Alibaba: a drop wins at equal priority', async () => {
    const answers: Record<string, boolean> = {};
    for (const cloud of ['alibaba', 'tencent'] as const) {
      const world = await cloudWorld(clouds[cloud]);
      const group = await world.group({
        ingress: [
          { IpProtocol: 'TCP', PortRange: port(cloud, 22), SourceCidrIp: '10.0.0.0/16' },
          { IpProtocol: 'TCP', PortRange: port(cloud, 22), SourceCidrIp: '10.0.9.0/24', Policy: 'drop' },
        ],
      });
      const { eni } = await world.instance([group]);
      answers[cloud] = await world.verdict(eni, 'ingress', 'TCP', 22, '10.0.9.7');
    }
    expect(answers).toEqual({ alibaba: false, tencent: true });
  });

  it('Tencent: the groups of an interface are read in their binding order', async () => {
    const world = await cloudWorld(tencentProfile);
    const allow = await world.group({ ingress: [{ IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '0.0.0.0/0' }] });
    const deny = await world.group({
      ingress: [{ IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '0.0.0.0/0', Policy: 'drop' }],
    });
    const first = await world.instance([allow, deny]);
    const second = await world.instance([deny, allow]);
    expect(await world.verdict(first.eni, 'ingress', 'TCP', 22, '198.51.100.1')).toBe(true);
    expect(await world.verdict(second.eni, 'ingress', 'TCP', 22, '198.51.100.1')).toBe(false);
  });

  it('Tencent: PolicyIndex 0 puts a rule on top, MoveSecurityGroupRule moves it, a stale Version is refused', async () => {
    const world = await cloudWorld(tencentProfile);
    const { engine, region } = world;
    const group = await world.group({ ingress: [{ IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '0.0.0.0/0' }] });
    const { eni } = await world.instance([group]);
    const before = await engine.call('DescribeSecurityGroupAttribute', { RegionId: region, SecurityGroupId: group });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: region,
      SecurityGroupId: group,
      PolicyIndex: 0,
      Version: before.Version,
      Permissions: [{ IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '198.51.100.0/24', Policy: 'drop' }],
    });
    expect(await world.verdict(eni, 'ingress', 'TCP', 22, '198.51.100.1')).toBe(false);
    const after = await engine.call('DescribeSecurityGroupAttribute', { RegionId: region, SecurityGroupId: group });
    expect(Number(after.Version)).toBe(Number(before.Version) + 1);
    const dropId = after.Permissions.Permission[0]!.SecurityGroupRuleId;
    await expect(
      engine.call('MoveSecurityGroupRule', {
        RegionId: region,
        SecurityGroupId: group,
        SecurityGroupRuleId: dropId,
        PolicyIndex: 1,
        Version: before.Version,
      }),
    ).rejects.toMatchObject({ Code: 'UnsupportedOperation.VersionMismatch' });
    await engine.call('MoveSecurityGroupRule', {
      RegionId: region,
      SecurityGroupId: group,
      SecurityGroupRuleId: dropId,
      PolicyIndex: 1,
    });
    expect(await world.verdict(eni, 'ingress', 'TCP', 22, '198.51.100.1')).toBe(true);
  });

  it('JD: the rules of all groups of an interface are a union of allows', async () => {
    const world = await cloudWorld(jdcloudProfile);
    const web = await world.group({ ingress: [{ IpProtocol: 'TCP', PortRange: '80', SourceCidrIp: '0.0.0.0/0' }] });
    const ssh = await world.group({
      ingress: [{ IpProtocol: 'TCP', PortRange: '20-22', SourceCidrIp: '10.0.0.0/16' }],
    });
    const { eni } = await world.instance([web, ssh]);
    expect(await world.verdict(eni, 'ingress', 'TCP', 80, '203.0.113.9')).toBe(true);
    expect(await world.verdict(eni, 'ingress', 'TCP', 21, '10.0.3.3')).toBe(true);
    expect(await world.verdict(eni, 'ingress', 'TCP', 21, '203.0.113.9')).toBe(false);
  });
});

describe('each cloud refuses what its console refuses, with its own code', () => {
  const refusal = async (cloud: Cloud, permission: PermissionInput) => {
    const world = await cloudWorld(clouds[cloud]);
    const group = await world.group();
    return world.engine
      .call('AuthorizeSecurityGroup', { RegionId: world.region, SecurityGroupId: group, Permissions: [permission] })
      .then(
        () => 'accepted',
        (error: { Code: string }) => error.Code,
      );
  };

  it.each([
    ['jdcloud', { IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '0.0.0.0/0', Policy: 'drop' }, 'INVALID_ARGUMENT'],
    ['tencent', { IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '0.0.0.0/0', Policy: 'drop' }, 'accepted'],
    ['jdcloud', { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '0.0.0.0/0' }, 'INVALID_ARGUMENT'],
    ['tencent', { IpProtocol: 'TCP', PortRange: '80,443', SourceCidrIp: '0.0.0.0/0' }, 'accepted'],
    ['alibaba', { IpProtocol: 'TCP', PortRange: '80,443', SourceCidrIp: '0.0.0.0/0' }, 'InvalidParam.PortRange'],
    ['tencent', { IpProtocol: 'ICMP', PortRange: '22', SourceCidrIp: '0.0.0.0/0' }, 'InvalidParameter.Coexist'],
    ['tencent', { IpProtocol: 'TCP', PortRange: '80-70000', SourceCidrIp: '0.0.0.0/0' }, 'InvalidParameterValue.Range'],
    [
      'tencent',
      { IpProtocol: 'TCP', PortRange: '80-90,443', SourceCidrIp: '0.0.0.0/0' },
      'InvalidParameterValue.Malformed',
    ],
    ['tencent', { IpProtocol: 'GRE', PortRange: 'ALL', SourceCidrIp: '0.0.0.0/0' }, 'accepted'],
    ['jdcloud', { IpProtocol: 'GRE', SourceCidrIp: '0.0.0.0/0' }, 'INVALID_ARGUMENT'],
  ] as const)('%s: %j -> %s', async (cloud, permission, code) => {
    expect(await refusal(cloud, permission)).toBe(code);
  });

  it('JD: at most 50 groups per VPC, with the console words', async () => {
    const world = await cloudWorld(jdcloudProfile);
    for (let i = 0; i < 50; i++) await world.group();
    await expect(world.group()).rejects.toMatchObject({
      Code: 'QUOTA_EXCEEDED',
      Message: 'The number of security groups under selected virtual private cloud resource has reached 50',
    });
    const groups = await world.engine.call('DescribeSecurityGroups', { RegionId: world.region, MaxResults: 100 });
    expect(groups.TotalCount).toBe(50);
  });

  it('JD: at most 5 groups per interface; Tencent: 100 inbound rules per group', async () => {
    const jd = await cloudWorld(jdcloudProfile);
    const six = await Promise.all(Array.from({ length: 6 }, () => jd.group()));
    await expect(jd.instance(six)).rejects.toMatchObject({ Code: 'QUOTA_EXCEEDED' });
    const tencent = await cloudWorld(tencentProfile);
    const rule = (n: number) => ({ IpProtocol: 'TCP', PortRange: `${n}`, SourceCidrIp: '0.0.0.0/0' });
    const full = await tencent.group({ ingress: Array.from({ length: 100 }, (_, i) => rule(i + 1)) });
    const one = { RegionId: tencent.region, SecurityGroupId: full, Permissions: [rule(101)] };
    await expect(tencent.engine.call('AuthorizeSecurityGroup', one)).rejects.toMatchObject({
      Code: 'LimitExceeded.SecurityGroupPolicySet',
    });
    // Outbound has its own 100.
    await tencent.engine.call('AuthorizeSecurityGroupEgress', {
      ...one,
      Permissions: [{ ...rule(101), SourceCidrIp: undefined, DestCidrIp: '0.0.0.0/0' }],
    });
  });
});

describe('Health Check by the cloud', () => {
  it('Tencent: a rule above a broader rule of the other policy still decides; Alibaba: the drop wins', async () => {
    const found: Record<string, number> = {};
    for (const cloud of ['alibaba', 'tencent'] as const) {
      const world = await cloudWorld(clouds[cloud]);
      const group = await world.group({
        ingress: [
          { IpProtocol: 'TCP', PortRange: port(cloud, 22), SourceCidrIp: '10.0.0.0/16' },
          { IpProtocol: 'TCP', PortRange: port(cloud, 22), SourceCidrIp: '0.0.0.0/0', Policy: 'drop' },
        ],
      });
      const res = await world.engine.call('DescribeSecurityGroupRedundantRules', {
        RegionId: world.region,
        SecurityGroupId: group,
      });
      found[cloud] = res.RedundantRules.RedundantRule.length;
    }
    expect(found).toEqual({ alibaba: 1, tencent: 0 });
  });

  it('JD: a rule covered by a later one is redundant (a union has no order)', async () => {
    const world = await cloudWorld(jdcloudProfile);
    const group = await world.group({
      ingress: [
        { IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '10.0.1.0/24' },
        { IpProtocol: 'TCP', PortRange: '1-65535', SourceCidrIp: '10.0.0.0/16' },
        { IpProtocol: 'ICMP', SourceCidrIp: '0.0.0.0/0', PortRange: allPorts('jdcloud') },
      ],
    });
    const res = await world.engine.call('DescribeSecurityGroupRedundantRules', {
      RegionId: world.region,
      SecurityGroupId: group,
    });
    expect(res.RedundantRules.RedundantRule.map((r) => r.Permission.PortRange)).toEqual(['22']);
  });
});
