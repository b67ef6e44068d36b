import type { Call, WorldSeed } from '../engine.ts';
import { tencentTemplates } from '../profiles/tencent-templates.ts';

const UBUNTU = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';
const WINDOWS = 'win2022_21H2_x64_dtc_en-us_40G_alibase_20240101.vhd';

/**
 * Tencent Cloud's demo world: a Guangzhou production VPC whose web group comes from the "Open port 22, 80, 443, 3389
 * and ICMP protocol" template, a database group whose rules show the first match by position (a DROP above an
 * ACCEPT), an instance with the default group, and a small Shanghai staging VPC. Built through the one door.
 */
export const tencentDemoWorld: WorldSeed = { name: 'demo', build: buildTencentDemo };

async function buildTencentDemo(call: Call): Promise<void> {
  const RegionId = 'ap-guangzhou';
  const { VpcId } = await call('CreateVpc', { RegionId, VpcName: 'prod-vpc', CidrBlock: '10.0.0.0/16' });
  const subnet = async (ZoneId: string, CidrBlock: string, VSwitchName: string) =>
    (await call('CreateVSwitch', { RegionId, VpcId, ZoneId, CidrBlock, VSwitchName })).VSwitchId;
  const web = await subnet('ap-guangzhou-3', '10.0.1.0/24', 'prod-web');
  const db = await subnet('ap-guangzhou-4', '10.0.2.0/24', 'prod-db');

  const template = tencentTemplates.find((t) => t.id === 'open-common-ports')!;
  const { SecurityGroupId: webSg } = await call('CreateSecurityGroup', {
    RegionId,
    VpcId,
    SecurityGroupName: 'web-servers',
    Description: 'Public web tier',
  });
  await call('AuthorizeSecurityGroup', { RegionId, SecurityGroupId: webSg, Permissions: template.ingress });
  await call('AuthorizeSecurityGroupEgress', { RegionId, SecurityGroupId: webSg, Permissions: template.egress ?? [] });

  const { SecurityGroupId: dbSg } = await call('CreateSecurityGroup', {
    RegionId,
    VpcId,
    SecurityGroupName: 'mysql',
    Description: 'MySQL tier: web servers only',
  });
  await call('AuthorizeSecurityGroup', {
    RegionId,
    SecurityGroupId: dbSg,
    Permissions: [
      {
        IpProtocol: 'TCP',
        PortRange: '22',
        SourceCidrIp: '10.0.9.0/24',
        Policy: 'drop',
        Description: 'Quarantined subnet',
      },
      { IpProtocol: 'TCP', PortRange: '22', SourceCidrIp: '10.0.0.0/16', Description: 'SSH from the VPC' },
      { IpProtocol: 'TCP', PortRange: '3306', SourceGroupId: webSg, Description: 'MySQL from the web servers' },
    ],
  });
  await call('AuthorizeSecurityGroupEgress', {
    RegionId,
    SecurityGroupId: dbSg,
    Permissions: [{ IpProtocol: 'ALL', PortRange: 'ALL', DestCidrIp: '10.0.0.0/16', Description: 'Inside the VPC' }],
  });

  await call('RunInstances', {
    RegionId,
    VSwitchId: web,
    ImageId: UBUNTU,
    Amount: 2,
    InstanceName: 'web-0',
    UniqueSuffix: true,
    SecurityGroupIds: [webSg],
  });
  await call('RunInstances', {
    RegionId,
    VSwitchId: db,
    ImageId: UBUNTU,
    InstanceName: 'mysql-01',
    SecurityGroupIds: [dbSg],
  });
  // Launched without a group: it gets the VPC's "default" group, made from the template.
  await call('RunInstances', { RegionId, VSwitchId: web, ImageId: WINDOWS, InstanceName: 'win-jump' });

  const shanghai = 'ap-shanghai';
  const staging = await call('CreateVpc', { RegionId: shanghai, VpcName: 'staging-vpc', CidrBlock: '172.16.0.0/16' });
  await call('CreateVSwitch', {
    RegionId: shanghai,
    VpcId: staging.VpcId,
    ZoneId: 'ap-shanghai-2',
    CidrBlock: '172.16.1.0/24',
    VSwitchName: 'staging',
  });
  await call('CreateSecurityGroup', {
    RegionId: shanghai,
    VpcId: staging.VpcId,
    SecurityGroupName: 'staging',
    Description: 'Custom: add rules afterwards',
  });
}
