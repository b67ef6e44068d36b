import { createManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';
import { demoWorld } from '../seeds/demo-world.ts';

export const REGION = 'cn-hangzhou';

/** The IDs of the demo world's production VPC that the SDK comparison calls on. */
export interface SdkWorld {
  engine: Engine;
  vpcId: string;
  vSwitchId: string;
  webGroupId: string;
  dbGroupId: string;
  instanceId: string;
  /** A secondary interface of `instanceId`, in the web group. */
  secondaryEniId: string;
  prefixListId: string;
  portRangeListId: string;
  snapshotPolicyId: string;
}

/**
 * The demo world made richer, so every list an answer can hold has items: a prefix list and a port list with
 * entries and a rule that names both (so they have associations), a secondary interface attached to web-01, tags on
 * an instance, and a snapshot policy holding the web group.
 */
export async function sdkWorld(): Promise<SdkWorld> {
  const engine = await createEngine({ idSeed: 'sdk', clock: createManualClock(), world: demoWorld });
  const groups = await engine.call('DescribeSecurityGroups', { RegionId: REGION, MaxResults: 100 });
  const groupNamed = (name: string) =>
    groups.SecurityGroups.SecurityGroup.find((g) => g.SecurityGroupName === name)!.SecurityGroupId;
  const webGroupId = groupNamed('prod-web-sg');
  const dbGroupId = groupNamed('prod-db-sg');
  const instances = await engine.call('DescribeInstances', { RegionId: REGION, MaxResults: 100 });
  const web01 = instances.Instances.Instance.find((i) => i.InstanceName === 'web-01')!;
  const { VpcId: vpcId, VSwitchId: vSwitchId } = web01.VpcAttributes;

  const { PrefixListId: prefixListId } = await engine.call('CreatePrefixList', {
    RegionId: REGION,
    PrefixListName: 'office-networks',
    Description: 'Offices and the VPN',
    AddressFamily: 'IPv4',
    MaxEntries: 10,
    Entry: [
      { Cidr: '121.40.18.0/24', Description: 'Hangzhou office' },
      { Cidr: '10.10.0.0/16', Description: 'VPN' },
    ],
  });
  const { PortRangeListId: portRangeListId } = await engine.call('CreatePortRangeList', {
    RegionId: REGION,
    PortRangeListName: 'admin-ports',
    Description: 'Ports of the admin tools',
    MaxEntries: 10,
    Entry: [
      { PortRange: '8080/8080', Description: 'Admin UI' },
      { PortRange: '9000/9100', Description: 'Metrics' },
    ],
  });
  await engine.call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId: webGroupId,
    Permissions: [
      {
        IpProtocol: 'TCP',
        PortRangeListId: portRangeListId,
        SourcePrefixListId: prefixListId,
        Priority: '5',
        Description: 'Admin tools from the offices',
      },
    ],
  });

  const { NetworkInterfaceId: secondaryEniId } = await engine.call('CreateNetworkInterface', {
    RegionId: REGION,
    VSwitchId: vSwitchId,
    SecurityGroupIds: [webGroupId],
    NetworkInterfaceName: 'web-01-data',
    Description: 'Second interface of web-01',
  });
  await engine.call('AttachNetworkInterface', {
    RegionId: REGION,
    NetworkInterfaceId: secondaryEniId,
    InstanceId: web01.InstanceId,
  });
  await engine.call('TagResources', {
    RegionId: REGION,
    ResourceType: 'instance',
    ResourceId: [web01.InstanceId],
    Tag: [{ Key: 'env', Value: 'prod' }],
  });

  await engine.call('CreateServiceLinkedRole', { ServiceName: 'securitygroup-snapshot.ecs.aliyuncs.com' });
  const { SnapshotPolicyId: snapshotPolicyId } = await engine.call('CreateSecurityGroupSnapshotPolicy', {
    RegionId: REGION,
    SnapshotPolicyName: 'daily',
    SecurityGroupIds: [webGroupId],
  });

  return {
    engine,
    vpcId,
    vSwitchId,
    webGroupId,
    dbGroupId,
    instanceId: web01.InstanceId,
    secondaryEniId,
    prefixListId,
    portRangeListId,
    snapshotPolicyId,
  };
}
