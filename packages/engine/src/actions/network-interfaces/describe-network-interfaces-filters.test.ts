import { describe, expect, it } from 'vitest';
import { WORLD_ACCOUNT_ID, WORLD_ACCOUNT_NAME } from '../../model/account.ts';
import { expectCode } from '../../test/expect-code.ts';
import { storedRows } from '../../test/group-support.ts';
import { REGION, tagWorld } from '../../test/tag-support.ts';

async function filterWorld() {
  const world = await tagWorld();
  const { engine, groupId } = world;
  const vsw = (await engine.call('DescribeVSwitches', { RegionId: REGION })).VSwitches.VSwitch[0]!.VSwitchId;
  const eni = async (name: string, ip?: string) =>
    (
      await engine.call('CreateNetworkInterface', {
        RegionId: REGION,
        VSwitchId: vsw,
        SecurityGroupIds: [groupId],
        NetworkInterfaceName: name,
        ...(ip ? { PrimaryIpAddress: ip } : {}),
      })
    ).NetworkInterfaceId;
  return { ...world, vsw, a: await eni('eni-a', '172.16.1.100'), b: await eni('eni-b') };
}

const ids = (r: { NetworkInterfaceSets: { NetworkInterfaceSet: { NetworkInterfaceId: string }[] } }) =>
  r.NetworkInterfaceSets.NetworkInterfaceSet.map((e) => e.NetworkInterfaceId);

describe('DescribeNetworkInterfaces filters and paging', () => {
  it('filters by name, addresses, status and service management', async () => {
    const { engine, a, b } = await filterWorld();
    const call = (more: object) => engine.call('DescribeNetworkInterfaces', { RegionId: REGION, ...more });
    expect(ids(await call({ NetworkInterfaceName: 'eni-b' }))).toEqual([b]);
    expect(ids(await call({ PrimaryIpAddress: '172.16.1.100' }))).toEqual([a]);
    expect(ids(await call({ PrivateIpAddress: ['172.16.1.100', '10.9.9.9'] }))).toEqual([a]);
    expect(ids(await call({ Status: 'Available' })).sort()).toEqual([a, b].sort());
    expect((await call({ Status: 'InUse' })).TotalCount).toBe(1);
    expect(ids(await call({ ServiceManaged: true }))).toEqual([]);
    expect(ids(await call({ Ipv6Address: ['2001:db8::1'] }))).toEqual([]);
  });

  it('pages by PageNumber and PageSize when only they are given, and reports the page either way', async () => {
    const { engine } = await filterWorld();
    const page = await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, PageNumber: 2, PageSize: 2 });
    expect([page.TotalCount, page.PageNumber, page.PageSize, page.NextToken]).toEqual([3, 2, 2, '']);
    expect(page.NetworkInterfaceSets.NetworkInterfaceSet).toHaveLength(1);
    const token = await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, MaxResults: 10 });
    expect([token.PageNumber, token.PageSize]).toEqual([1, 10]);
    await expectCode(
      engine.call('DescribeNetworkInterfaces', { RegionId: REGION, PageSize: 1001 }),
      'InvalidParameter',
    );
  });
});

describe('DescribeInstances and DescribeSecurityGroups filters', () => {
  it('filters instances by type, family, image, private IP, tags and unmodelled addresses', async () => {
    const { engine, instanceId } = await filterWorld();
    const call = async (more: object) =>
      (await engine.call('DescribeInstances', { RegionId: REGION, ...more })).Instances.Instance.map(
        (i) => i.InstanceId,
      );
    const [instance] = (await engine.call('DescribeInstances', { RegionId: REGION })).Instances.Instance;
    const ip = instance!.VpcAttributes.PrivateIpAddress.IpAddress[0]!;
    expect(await call({ InstanceType: 'ecs.g7.large', InstanceTypeFamily: 'ecs.g7' })).toEqual([instanceId]);
    expect(await call({ InstanceType: 'ecs.c7.large' })).toEqual([]);
    expect(await call({ ImageId: instance!.ImageId, PrivateIpAddresses: JSON.stringify([ip]) })).toEqual([instanceId]);
    expect(await call({ PrivateIpAddresses: ['10.9.9.9'] })).toEqual([]);
    expect(await call({ Tag: [{ Key: 'env' }] })).toEqual([]);
    expect(await call({ EipAddresses: JSON.stringify(['47.1.1.1']) })).toEqual([]);
    expect(await call({ InstanceNetworkType: 'vpc', InstanceChargeType: 'PostPaid' })).toEqual([instanceId]);
  });

  it('finds groups by a part of the name with FuzzyQuery, and by network type', async () => {
    const { engine, vpcId } = await tagWorld();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
      RegionId: REGION,
      VpcId: vpcId,
      SecurityGroupName: 'web-tier',
    });
    const call = async (more: object) =>
      (await engine.call('DescribeSecurityGroups', { RegionId: REGION, ...more })).SecurityGroups.SecurityGroup.map(
        (g) => g.SecurityGroupId,
      );
    expect(await call({ SecurityGroupName: 'web' })).toEqual([]);
    expect(await call({ SecurityGroupName: 'web', FuzzyQuery: true })).toEqual([SecurityGroupId]);
    expect(await call({ NetworkType: 'classic' })).toEqual([]);
    expect(await call({ NetworkType: 'vpc' })).toHaveLength(2);
  });
});

describe('owners of referenced groups', () => {
  it('takes the own account by name or ID, and refuses another account, changing nothing', async () => {
    const { engine, db, groupId, vpcId } = await tagWorld();
    const { SecurityGroupId: other } = await engine.call('CreateSecurityGroup', { RegionId: REGION, VpcId: vpcId });
    const rule = { IpProtocol: 'TCP', PortRange: '22/22', SourceGroupId: other };
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [{ ...rule, SourceGroupOwnerAccount: WORLD_ACCOUNT_NAME, SourceGroupOwnerId: WORLD_ACCOUNT_ID }],
    });
    const before = storedRows(db);
    const foreign = await expectCode(
      engine.call('AuthorizeSecurityGroup', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        Permissions: [{ ...rule, PortRange: '23/23', SourceGroupOwnerId: '999' }],
      }),
      'InvalidSourceGroupId.NotFound',
    );
    expect(foreign.Field).toBe('SourceGroupOwnerId');
    const egress = await expectCode(
      engine.call('AuthorizeSecurityGroupEgress', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', DestGroupId: other, DestGroupOwnerAccount: 'x@y.z' }],
      }),
      'InvalidDestGroupId.NotFound',
    );
    expect(egress.Field).toBe('DestGroupOwnerAccount');
    expect(storedRows(db)).toBe(before);
    // A CIDR rule ignores the owner, as the API does.
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [{ IpProtocol: 'TCP', PortRange: '24/24', SourceCidrIp: '10.0.0.0/8', SourceGroupOwnerId: '999' }],
    });
  });
});

describe('RunInstances launch parameters', () => {
  it('takes SecurityGroupId, PrivateIpAddress, Description and Tag', async () => {
    const { engine, groupId, vsw } = await filterWorld();
    const { InstanceIdSets } = await engine.call('RunInstances', {
      RegionId: REGION,
      VSwitchId: vsw,
      ImageId: 'aliyun_3_x64_20G_alibase_20240101.vhd',
      SecurityGroupId: groupId,
      PrivateIpAddress: '172.16.1.50',
      Description: 'launched',
      Tag: [{ Key: 'role', Value: 'web' }],
    });
    const [id] = InstanceIdSets.InstanceIdSet;
    const [instance] = (await engine.call('DescribeInstances', { RegionId: REGION, InstanceIds: [id!] })).Instances
      .Instance;
    expect(instance!.VpcAttributes.PrivateIpAddress.IpAddress).toEqual(['172.16.1.50']);
    expect(instance!.Description).toBe('launched');
    expect(instance!.Tags.Tag).toEqual([{ TagKey: 'role', TagValue: 'web' }]);
    expect(instance!.SecurityGroupIds.SecurityGroupId).toEqual([groupId]);
    const base = { RegionId: REGION, VSwitchId: vsw, ImageId: 'aliyun_3_x64_20G_alibase_20240101.vhd' };
    await expectCode(
      engine.call('RunInstances', { ...base, SecurityGroupId: groupId, SecurityGroupIds: [groupId] }),
      'InvalidParameter.Conflict',
    );
    await expectCode(
      engine.call('RunInstances', { ...base, PrivateIpAddress: '172.16.1.51', Amount: 2 }),
      'InvalidParameter.Conflict',
    );
    await expectCode(
      engine.call('RunInstances', { ...base, PrivateIpAddress: '172.16.1.50' }),
      'InvalidPrivateIpAddress.Duplicated',
    );
  });
});
