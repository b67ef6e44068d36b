import type { Call, WorldSeed } from '../engine.ts';

const UBUNTU = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';
const ANYWHERE = '0.0.0.0/0';

/**
 * JD Cloud's demo world: a Beijing production VPC with a web group and a database group (rules only allow; an
 * interface's groups are a union), their instances, and a Shanghai staging VPC. Built through the one door.
 */
export const jdcloudDemoWorld: WorldSeed = { name: 'demo', build: buildJdcloudDemo };

async function buildJdcloudDemo(call: Call): Promise<void> {
  const RegionId = 'cn-north-1';
  const { VpcId } = await call('CreateVpc', { RegionId, VpcName: 'prod-vpc', CidrBlock: '10.0.0.0/16' });
  const subnet = async (ZoneId: string, CidrBlock: string, VSwitchName: string) =>
    (await call('CreateVSwitch', { RegionId, VpcId, ZoneId, CidrBlock, VSwitchName })).VSwitchId;
  const web = await subnet('cn-north-1a', '10.0.1.0/24', 'prod-web');
  const db = await subnet('cn-north-1b', '10.0.2.0/24', 'prod-db');

  const group = async (SecurityGroupName: string, Description: string) =>
    (await call('CreateSecurityGroup', { RegionId, VpcId, SecurityGroupName, Description })).SecurityGroupId;
  const webSg = await group('web-servers', 'Allow port 80 and port 443 in inlet direction');
  await call('AuthorizeSecurityGroup', {
    RegionId,
    SecurityGroupId: webSg,
    Permissions: [
      { IpProtocol: 'TCP', PortRange: '80', SourceCidrIp: ANYWHERE, Description: 'HTTP' },
      { IpProtocol: 'TCP', PortRange: '443', SourceCidrIp: ANYWHERE, Description: 'HTTPS' },
      { IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '10.0.0.0/16', Description: 'SSH from the VPC' },
    ],
  });
  const outAll = [{ IpProtocol: 'ALL', PortRange: 'ALL', DestCidrIp: ANYWHERE, Description: 'All outbound' }];
  await call('AuthorizeSecurityGroupEgress', { RegionId, SecurityGroupId: webSg, Permissions: outAll });
  const dbSg = await group('mysql', 'MySQL from the web subnet');
  await call('AuthorizeSecurityGroup', {
    RegionId,
    SecurityGroupId: dbSg,
    Permissions: [{ IpProtocol: 'TCP', PortRange: '3306', SourceCidrIp: '10.0.1.0/24', Description: 'MySQL' }],
  });
  await call('AuthorizeSecurityGroupEgress', { RegionId, SecurityGroupId: dbSg, Permissions: outAll });

  await call('RunInstances', {
    RegionId,
    VSwitchId: web,
    ImageId: UBUNTU,
    InstanceName: 'web-01',
    SecurityGroupIds: [webSg],
  });
  await call('RunInstances', {
    RegionId,
    VSwitchId: db,
    ImageId: UBUNTU,
    InstanceName: 'mysql-01',
    SecurityGroupIds: [dbSg],
  });

  const shanghai = 'cn-east-2';
  const staging = await call('CreateVpc', { RegionId: shanghai, VpcName: 'staging-vpc', CidrBlock: '172.16.0.0/16' });
  await call('CreateVSwitch', {
    RegionId: shanghai,
    VpcId: staging.VpcId,
    ZoneId: 'cn-east-2a',
    CidrBlock: '172.16.1.0/24',
    VSwitchName: 'staging',
  });
  await call('CreateSecurityGroup', {
    RegionId: shanghai,
    VpcId: staging.VpcId,
    SecurityGroupName: 'staging',
    Description: 'Rejects all traffic until rules are added',
  });
}
