import { REGION, type SdkWorld } from './sdk-world.ts';

export const UBUNTU = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

/** One realistic call of an action the SDK has, and the lists its answer must fill (so the walk sees items). */
export interface SdkCall {
  call(world: SdkWorld): Promise<unknown>;
  /** Paths of arrays, as the walk names them, that must hold at least one item. */
  filled?: string[];
}

export async function newGroup(w: SdkWorld): Promise<string> {
  const res = await w.engine.call('CreateSecurityGroup', {
    RegionId: REGION,
    VpcId: w.vpcId,
    SecurityGroupName: 'scratch',
    Description: 'Made for one call',
  });
  return res.SecurityGroupId;
}

export async function newGroupWithRule(w: SdkWorld, direction: 'ingress' | 'egress'): Promise<[string, string]> {
  const SecurityGroupId = await newGroup(w);
  const Permissions = [{ IpProtocol: 'TCP', PortRange: '22/22', Priority: '1', Description: 'SSH' }];
  if (direction === 'ingress') {
    await w.engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId,
      Permissions: Permissions.map((p) => ({ ...p, SourceCidrIp: '10.0.0.0/8' })),
    });
  } else {
    await w.engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId,
      Permissions: Permissions.map((p) => ({ ...p, DestCidrIp: '10.0.0.0/8' })),
    });
  }
  const attr = await w.engine.call('DescribeSecurityGroupAttribute', {
    RegionId: REGION,
    SecurityGroupId,
    Direction: direction,
  });
  return [SecurityGroupId, attr.Permissions.Permission[0]!.SecurityGroupRuleId];
}

export async function newInstance(w: SdkWorld): Promise<string> {
  const res = await w.engine.call('RunInstances', {
    RegionId: REGION,
    VSwitchId: w.vSwitchId,
    ImageId: UBUNTU,
    InstanceName: 'scratch',
    SecurityGroupIds: [w.webGroupId],
  });
  return res.InstanceIdSets.InstanceIdSet[0]!;
}

export async function newInterface(w: SdkWorld): Promise<string> {
  const res = await w.engine.call('CreateNetworkInterface', {
    RegionId: REGION,
    VSwitchId: w.vSwitchId,
    SecurityGroupId: w.webGroupId,
  });
  return res.NetworkInterfaceId;
}

export async function newPrefixList(w: SdkWorld): Promise<string> {
  const res = await w.engine.call('CreatePrefixList', {
    RegionId: REGION,
    PrefixListName: 'scratch',
    AddressFamily: 'IPv4',
    MaxEntries: 5,
  });
  return res.PrefixListId;
}

export async function newPortList(w: SdkWorld): Promise<string> {
  const res = await w.engine.call('CreatePortRangeList', {
    RegionId: REGION,
    PortRangeListName: 'scratch',
    MaxEntries: 5,
  });
  return res.PortRangeListId;
}
