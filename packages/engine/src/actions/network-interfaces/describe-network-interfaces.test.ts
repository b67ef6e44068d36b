import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

describe('DescribeNetworkInterfaces', () => {
  it("shows each instance's primary interface with its groups and address", async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId });
    const [id] = (
      await engine.call('RunInstances', {
        RegionId: 'cn-hangzhou',
        VSwitchId: vSwitchId,
        ImageId: IMAGE,
        SecurityGroupIds: [SecurityGroupId],
      })
    ).InstanceIdSets.InstanceIdSet;
    const res = await engine.call('DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou' });
    expect(res.TotalCount).toBe(1);
    expect(res.NextToken).toBe('');
    const [eni] = res.NetworkInterfaceSets.NetworkInterfaceSet;
    expect(eni).toMatchObject({
      Type: 'Primary',
      Status: 'InUse',
      InstanceId: id,
      ZoneId: 'cn-hangzhou-h',
      VpcId: vpcId,
      VSwitchId: vSwitchId,
      PrivateIpAddress: '172.16.1.4',
      SecurityGroupIds: { SecurityGroupId: [SecurityGroupId] },
      PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: '172.16.1.4', Primary: true }] },
      ServiceManaged: false,
      ServiceID: 0,
    });
    const [instance] = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance;
    expect(instance?.NetworkInterfaces.NetworkInterface[0]).toEqual({
      NetworkInterfaceId: eni!.NetworkInterfaceId,
      Type: 'Primary',
      PrimaryIpAddress: '172.16.1.4',
      MacAddress: eni!.MacAddress,
      PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: '172.16.1.4', Primary: true }] },
    });
  });

  it('filters by ID, instance, VPC, vSwitch, group and type', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const { SecurityGroupId: web } = await engine.call('CreateSecurityGroup', {
      RegionId: 'cn-hangzhou',
      VpcId: vpcId,
    });
    const base = { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE };
    const [a] = (await engine.call('RunInstances', { ...base, SecurityGroupIds: [web] })).InstanceIdSets.InstanceIdSet;
    await engine.call('RunInstances', base);
    const list = async (params: Record<string, unknown>) =>
      (await engine.call('DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', ...params })).NetworkInterfaceSets
        .NetworkInterfaceSet;
    const ofA = await list({ InstanceId: a });
    expect(ofA).toHaveLength(1);
    expect(await list({ NetworkInterfaceId: [ofA[0]!.NetworkInterfaceId] })).toEqual(ofA);
    expect(await list({ SecurityGroupId: web })).toEqual(ofA);
    expect(await list({ VpcId: vpcId })).toHaveLength(2);
    expect(await list({ VpcId: 'vpc-other' })).toHaveLength(0);
    expect(await list({ VSwitchId: vSwitchId })).toHaveLength(2);
    expect(await list({ Type: 'Primary' })).toHaveLength(2);
    expect(await list({ Type: 'Secondary' })).toHaveLength(0);
  });

  it('pages by token, reading MaxResults below 10 as 10', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    await engine.call('RunInstances', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE, Amount: 12 });
    const first = await engine.call('DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', MaxResults: 2 });
    expect(first.NetworkInterfaceSets.NetworkInterfaceSet).toHaveLength(10);
    expect(first.TotalCount).toBe(12);
    expect(first.NextToken).toBe('10');
    const rest = await engine.call('DescribeNetworkInterfaces', {
      RegionId: 'cn-hangzhou',
      NextToken: first.NextToken,
    });
    expect(rest.NetworkInterfaceSets.NetworkInterfaceSet).toHaveLength(2);
    expect(rest.NextToken).toBe('');
    const ids = [
      ...first.NetworkInterfaceSets.NetworkInterfaceSet,
      ...rest.NetworkInterfaceSets.NetworkInterfaceSet,
    ].map((e) => e.NetworkInterfaceId);
    expect(new Set(ids).size).toBe(12);
    const big = await engine.call('DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', MaxResults: 9999 });
    expect(big.NetworkInterfaceSets.NetworkInterfaceSet).toHaveLength(12);
  });

  it('rejects bad parameters', async () => {
    const { engine } = await emptyWorldWithVpc();
    const call = (params: Record<string, unknown>) =>
      engine.call('DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', ...params });
    await expectCode(call({ NetworkInterfaceId: 'eni-a' }), 'InvalidNetworkInterfaceId.Malformed');
    await expectCode(call({ NextToken: 'x' }), 'InvalidNextToken.Malformed');
    await expectCode(call({ MaxResults: -1 }), 'InvalidParameter');
    await expectCode(call({ InstanceId: 7 }), 'InvalidParameter');
    await expectCode(call({ RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
  });
});
