import { REGION } from './sdk-world.ts';
import { newGroup, newInstance, newInterface, UBUNTU, type SdkCall } from './sdk-call-support.ts';
import { listCalls, ruleCalls } from './sdk-list-calls.ts';

const regionCalls: Record<string, SdkCall> = {
  DescribeRegions: { call: (w) => w.engine.call('DescribeRegions', {}), filled: ['Regions.Region'] },
  DescribeZones: { call: (w) => w.engine.call('DescribeZones', { RegionId: REGION }), filled: ['Zones.Zone'] },
  CreateVpc: {
    call: (w) => w.engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/8', VpcName: 'scratch' }),
  },
  DescribeVpcs: {
    call: (w) => w.engine.call('DescribeVpcs', { RegionId: REGION }),
    filled: ['Vpcs.Vpc', 'Vpcs.Vpc[].VSwitchIds.VSwitchId'],
  },
};

const instanceCalls: Record<string, SdkCall> = {
  RunInstances: {
    call: (w) =>
      w.engine.call('RunInstances', {
        RegionId: REGION,
        VSwitchId: w.vSwitchId,
        ImageId: UBUNTU,
        InstanceName: 'web-03',
        SecurityGroupIds: [w.webGroupId],
      }),
    filled: ['InstanceIdSets.InstanceIdSet'],
  },
  DescribeInstances: {
    call: (w) => w.engine.call('DescribeInstances', { RegionId: REGION }),
    filled: [
      'Instances.Instance',
      'Instances.Instance[].NetworkInterfaces.NetworkInterface',
      'Instances.Instance[].SecurityGroupIds.SecurityGroupId',
      'Instances.Instance[].Tags.Tag',
    ],
  },
  StartInstance: {
    async call(w) {
      const InstanceId = await newInstance(w);
      await w.engine.call('StopInstance', { InstanceId });
      return w.engine.call('StartInstance', { InstanceId });
    },
  },
  StopInstance: { call: async (w) => w.engine.call('StopInstance', { InstanceId: await newInstance(w) }) },
  ModifyInstanceAttribute: {
    call: (w) => w.engine.call('ModifyInstanceAttribute', { InstanceId: w.instanceId, Description: 'Web server 1' }),
  },
};

const interfaceCalls: Record<string, SdkCall> = {
  DescribeNetworkInterfaces: {
    call: (w) => w.engine.call('DescribeNetworkInterfaces', { RegionId: REGION }),
    filled: [
      'NetworkInterfaceSets.NetworkInterfaceSet',
      'NetworkInterfaceSets.NetworkInterfaceSet[].PrivateIpSets.PrivateIpSet',
      'NetworkInterfaceSets.NetworkInterfaceSet[].SecurityGroupIds.SecurityGroupId',
    ],
  },
  CreateNetworkInterface: {
    call: (w) =>
      w.engine.call('CreateNetworkInterface', {
        RegionId: REGION,
        VSwitchId: w.vSwitchId,
        SecurityGroupIds: [w.webGroupId],
        NetworkInterfaceName: 'data',
        Description: 'Data network',
      }),
    filled: ['SecurityGroupIds.SecurityGroupId', 'PrivateIpSets.PrivateIpSet'],
  },
  AttachNetworkInterface: {
    call: async (w) =>
      w.engine.call('AttachNetworkInterface', {
        RegionId: REGION,
        NetworkInterfaceId: await newInterface(w),
        InstanceId: await newInstance(w),
      }),
  },
  DetachNetworkInterface: {
    call: (w) =>
      w.engine.call('DetachNetworkInterface', {
        RegionId: REGION,
        NetworkInterfaceId: w.secondaryEniId,
        InstanceId: w.instanceId,
      }),
  },
  DeleteNetworkInterface: {
    call: async (w) =>
      w.engine.call('DeleteNetworkInterface', { RegionId: REGION, NetworkInterfaceId: await newInterface(w) }),
  },
  ModifyNetworkInterfaceAttribute: {
    call: async (w) =>
      w.engine.call('ModifyNetworkInterfaceAttribute', {
        RegionId: REGION,
        NetworkInterfaceId: await newInterface(w),
        SecurityGroupId: [w.webGroupId, w.dbGroupId],
      }),
  },
  JoinSecurityGroup: {
    call: async (w) =>
      w.engine.call('JoinSecurityGroup', { SecurityGroupId: w.dbGroupId, InstanceId: await newInstance(w) }),
  },
  LeaveSecurityGroup: {
    async call(w) {
      const InstanceId = await newInstance(w);
      await w.engine.call('JoinSecurityGroup', { SecurityGroupId: w.dbGroupId, InstanceId });
      return w.engine.call('LeaveSecurityGroup', { SecurityGroupId: w.dbGroupId, InstanceId });
    },
  },
};

const groupCalls: Record<string, SdkCall> = {
  CreateSecurityGroup: {
    call: (w) =>
      w.engine.call('CreateSecurityGroup', {
        RegionId: REGION,
        VpcId: w.vpcId,
        SecurityGroupName: 'cache-sg',
        Description: 'Redis tier',
      }),
  },
  DescribeSecurityGroups: {
    call: (w) => w.engine.call('DescribeSecurityGroups', { RegionId: REGION }),
    filled: ['SecurityGroups.SecurityGroup', 'SecurityGroups.SecurityGroup[].Tags.Tag'],
  },
  DescribeSecurityGroupAttribute: {
    call: (w) =>
      w.engine.call('DescribeSecurityGroupAttribute', {
        RegionId: REGION,
        SecurityGroupId: w.webGroupId,
        Attribute: 'snapshotPolicyIds',
      }),
    filled: ['Permissions.Permission', 'SnapshotPolicyIds.SnapshotPolicyId'],
  },
  ModifySecurityGroupAttribute: {
    call: async (w) =>
      w.engine.call('ModifySecurityGroupAttribute', {
        RegionId: REGION,
        SecurityGroupId: await newGroup(w),
        Description: 'Renamed',
      }),
  },
  ModifySecurityGroupPolicy: {
    call: async (w) =>
      w.engine.call('ModifySecurityGroupPolicy', {
        RegionId: REGION,
        SecurityGroupId: await newGroup(w),
        InnerAccessPolicy: 'Drop',
      }),
  },
  DeleteSecurityGroup: {
    call: async (w) => w.engine.call('DeleteSecurityGroup', { RegionId: REGION, SecurityGroupId: await newGroup(w) }),
  },
  DescribeSecurityGroupReferences: {
    call: (w) =>
      w.engine.call('DescribeSecurityGroupReferences', { RegionId: REGION, SecurityGroupId: [w.webGroupId] }),
    filled: [
      'SecurityGroupReferences.SecurityGroupReference',
      'SecurityGroupReferences.SecurityGroupReference[].ReferencingSecurityGroups.ReferencingSecurityGroup',
    ],
  },
};

/** A call for every registered action the SDK has, by action. */
export const SDK_CALLS: Record<string, SdkCall> = {
  ...regionCalls,
  ...instanceCalls,
  ...interfaceCalls,
  ...groupCalls,
  ...ruleCalls,
  ...listCalls,
};
