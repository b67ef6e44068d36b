import type { Call, WorldSeed } from '../engine.ts';
import { buildManagedGroups } from './demo-managed-groups.ts';

const LINUX = 'aliyun_3_x64_20G_alibase_20240101.vhd';
const UBUNTU = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';
const WINDOWS = 'win2022_21H2_x64_dtc_en-us_40G_alibase_20240101.vhd';
const ANYWHERE = '0.0.0.0/0';

/** The world a new user meets (the console's first start). */
export const demoWorld: WorldSeed = { name: 'demo', build: buildDemoWorld };

/**
 * The world a new user meets: two regions, a production VPC with web, database and management tiers,
 * a staging VPC, Linux and Windows instances, each VPC's default group (created by launching an instance
 * without a group, as the console does) and a group managed by ACK. Built through the engine's own actions, so it obeys
 * every rule a user's world does.
 */
async function buildDemoWorld(call: Call): Promise<void> {
  const prodVpcId = await buildHangzhou(call);
  await buildShanghai(call);
  await buildManagedGroups(call, 'cn-hangzhou', prodVpcId);
}

/** Returns the production VPC's ID. */
async function buildHangzhou(call: Call): Promise<string> {
  const RegionId = 'cn-hangzhou';
  const { VpcId } = await call('CreateVpc', {
    RegionId,
    VpcName: 'prod-vpc',
    CidrBlock: '172.16.0.0/12',
    Description: 'Production network',
  });
  const web = await call('CreateVSwitch', {
    RegionId,
    VpcId,
    ZoneId: 'cn-hangzhou-h',
    CidrBlock: '172.16.1.0/24',
    VSwitchName: 'prod-web-h',
  });
  const db = await call('CreateVSwitch', {
    RegionId,
    VpcId,
    ZoneId: 'cn-hangzhou-i',
    CidrBlock: '172.16.2.0/24',
    VSwitchName: 'prod-db-i',
  });

  const webSg = await createGroup(call, RegionId, VpcId, 'prod-web-sg', 'Public web tier', [
    { Key: 'env', Value: 'prod' },
    { Key: 'app', Value: 'web' },
  ]);
  await call('AuthorizeSecurityGroup', {
    RegionId,
    SecurityGroupId: webSg,
    Permissions: [
      {
        IpProtocol: 'TCP',
        PortRange: '80/80',
        SourceCidrIp: ANYWHERE,
        Priority: '1',
        Description: 'HTTP for the public website',
      },
      {
        IpProtocol: 'TCP',
        PortRange: '443/443',
        SourceCidrIp: ANYWHERE,
        Priority: '1',
        Description: 'HTTPS for the public website',
      },
      {
        IpProtocol: 'TCP',
        PortRange: '22/22',
        SourceCidrIp: '121.40.18.0/24',
        Priority: '1',
        Description: 'SSH from the office network',
      },
      { IpProtocol: 'ICMP', PortRange: '-1/-1', SourceCidrIp: ANYWHERE, Priority: '100', Description: 'Ping' },
      {
        IpProtocol: 'TCP',
        PortRange: '1/65535',
        SourceCidrIp: '100.64.0.0/10',
        Priority: '10',
        Description: 'Health checks',
      },
    ],
  });
  await call('AuthorizeSecurityGroupEgress', {
    RegionId,
    SecurityGroupId: webSg,
    Permissions: [
      {
        IpProtocol: 'ALL',
        PortRange: '-1/-1',
        DestCidrIp: '203.0.113.66/32',
        Policy: 'drop',
        Priority: '1',
        Description: 'Known high-risk address',
      },
    ],
  });

  const dbSg = await createGroup(call, RegionId, VpcId, 'prod-db-sg', 'MySQL tier, reachable from the web tier only', [
    { Key: 'env', Value: 'prod' },
    { Key: 'app', Value: 'mysql' },
  ]);
  await call('AuthorizeSecurityGroup', {
    RegionId,
    SecurityGroupId: dbSg,
    Permissions: [
      {
        IpProtocol: 'TCP',
        PortRange: '3306/3306',
        SourceGroupId: webSg,
        Priority: '1',
        Description: 'MySQL from the web tier',
      },
      {
        IpProtocol: 'TCP',
        PortRange: '22/22',
        SourceCidrIp: '172.16.1.0/24',
        Priority: '1',
        Description: 'SSH from the web subnet',
      },
      {
        IpProtocol: 'TCP',
        PortRange: '3306/3306',
        SourceCidrIp: ANYWHERE,
        Policy: 'drop',
        Priority: '50',
        Description: 'Never expose MySQL',
      },
    ],
  });

  const mgmtSg = await call('CreateSecurityGroup', {
    RegionId,
    VpcId,
    SecurityGroupName: 'prod-mgmt-adv',
    Description: 'Advanced group for management hosts',
    SecurityGroupType: 'enterprise',
  });
  await call('AuthorizeSecurityGroup', {
    RegionId,
    SecurityGroupId: mgmtSg.SecurityGroupId,
    Permissions: [
      {
        IpProtocol: 'TCP',
        PortRange: '22/22',
        SourceCidrIp: '10.10.0.0/16',
        Priority: '1',
        Description: 'SSH from the VPN',
      },
    ],
  });
  await call('AuthorizeSecurityGroupEgress', {
    RegionId,
    SecurityGroupId: mgmtSg.SecurityGroupId,
    Permissions: [
      {
        IpProtocol: 'ALL',
        PortRange: '-1/-1',
        DestCidrIp: ANYWHERE,
        Priority: '100',
        Description: 'Allow all outbound',
      },
    ],
  });

  await launch(call, RegionId, web.VSwitchId, 'web-01', LINUX, [webSg]);
  await launch(call, RegionId, web.VSwitchId, 'web-02', UBUNTU, [webSg]);
  await launch(call, RegionId, db.VSwitchId, 'db-01', LINUX, [dbSg]);
  await launch(call, RegionId, db.VSwitchId, 'mgmt-01', LINUX, [mgmtSg.SecurityGroupId]);
  await launch(call, RegionId, web.VSwitchId, 'win-jump-01', WINDOWS, []);
  return VpcId;
}

async function buildShanghai(call: Call): Promise<void> {
  const RegionId = 'cn-shanghai';
  const { VpcId } = await call('CreateVpc', {
    RegionId,
    VpcName: 'staging-vpc',
    CidrBlock: '192.168.0.0/16',
    Description: 'Staging network',
  });
  const app = await call('CreateVSwitch', {
    RegionId,
    VpcId,
    ZoneId: 'cn-shanghai-e',
    CidrBlock: '192.168.10.0/24',
    VSwitchName: 'staging-app-e',
  });
  const appSg = await createGroup(call, RegionId, VpcId, 'staging-app-sg', 'Staging application servers', [
    { Key: 'env', Value: 'staging' },
  ]);
  await call('AuthorizeSecurityGroup', {
    RegionId,
    SecurityGroupId: appSg,
    Permissions: [
      {
        IpProtocol: 'TCP',
        PortRange: '8080/8080',
        SourceCidrIp: '192.168.0.0/16',
        Priority: '1',
        Description: 'App port inside the VPC',
      },
      {
        IpProtocol: 'TCP',
        PortRange: '22/22',
        SourceCidrIp: ANYWHERE,
        Priority: '1',
        Description: 'Temporary: SSH from anywhere',
      },
      {
        IpProtocol: 'TCP',
        PortRange: '443/443',
        Ipv6SourceCidrIp: '::/0',
        Priority: '1',
        Description: 'HTTPS over IPv6',
      },
    ],
  });
  await launch(call, RegionId, app.VSwitchId, 'staging-app-01', UBUNTU, [appSg]);
  await launch(call, RegionId, app.VSwitchId, 'staging-win-01', WINDOWS, []);
}

async function createGroup(
  call: Call,
  RegionId: string,
  VpcId: string,
  SecurityGroupName: string,
  Description: string,
  Tag: { Key: string; Value: string }[],
): Promise<string> {
  const res = await call('CreateSecurityGroup', { RegionId, VpcId, SecurityGroupName, Description, Tag });
  return res.SecurityGroupId;
}

async function launch(
  call: Call,
  RegionId: string,
  VSwitchId: string,
  InstanceName: string,
  ImageId: string,
  SecurityGroupIds: string[],
) {
  await call('RunInstances', { RegionId, VSwitchId, InstanceName, ImageId, SecurityGroupIds });
}
