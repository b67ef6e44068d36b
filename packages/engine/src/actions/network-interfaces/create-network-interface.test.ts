import { describe, expect, it } from 'vitest';
import { addRules, interfaceOf, membershipWorld, REGION, rejectsUnchanged } from '../../test/membership-world.ts';

describe('CreateNetworkInterface', () => {
  it('creates an Available secondary interface with the next free IP of its vSwitch and the given groups', async () => {
    const { engine, vpcId, vswH, groups } = await membershipWorld();
    const before = (await engine.call('DescribeVSwitches', { RegionId: REGION, VSwitchId: vswH })).VSwitches
      .VSwitch[0]!;
    const res = await engine.call('CreateNetworkInterface', {
      RegionId: REGION,
      VSwitchId: vswH,
      SecurityGroupIds: [groups.b, groups.a],
      NetworkInterfaceName: 'db-data',
      Description: 'replication network',
    });
    expect(res).toMatchObject({
      Type: 'Secondary',
      Status: 'Available',
      VpcId: vpcId,
      VSwitchId: vswH,
      ZoneId: 'cn-hangzhou-h',
      PrivateIpAddress: '172.16.1.5',
      NetworkInterfaceName: 'db-data',
      Description: 'replication network',
      SecurityGroupIds: { SecurityGroupId: [groups.b, groups.a] },
    });
    expect(res.NetworkInterfaceId).toMatch(/^eni-bp1/);
    expect(res.MacAddress).toMatch(/^00:16:3e:/);
    // The answer is the interface as Describe shows it, less what the API's answer has not (InstanceId, CreationTime).
    const { RequestId: _, ...view } = res;
    expect(await interfaceOf(engine, res.NetworkInterfaceId)).toMatchObject({ ...view, InstanceId: '' });
    expect(res).not.toHaveProperty('InstanceId');
    expect(res).not.toHaveProperty('CreationTime');
    const after = (await engine.call('DescribeVSwitches', { RegionId: REGION, VSwitchId: vswH })).VSwitches.VSwitch[0]!;
    expect(after.AvailableIpAddressCount).toBe(before.AvailableIpAddressCount - 1);
  });

  it('takes one group as SecurityGroupId, and a chosen PrimaryIpAddress that later allocation skips', async () => {
    const { engine, vswH, groups } = await membershipWorld();
    const chosen = await engine.call('CreateNetworkInterface', {
      RegionId: REGION,
      VSwitchId: vswH,
      SecurityGroupId: groups.e,
      PrimaryIpAddress: '172.16.1.5',
    });
    expect(chosen.PrivateIpAddress).toBe('172.16.1.5');
    expect(chosen.SecurityGroupIds.SecurityGroupId).toEqual([groups.e]);
    const next = await engine.call('CreateNetworkInterface', {
      RegionId: REGION,
      VSwitchId: vswH,
      SecurityGroupId: groups.a,
    });
    expect(next.PrivateIpAddress).toBe('172.16.1.6');
  });

  it('rejects bad parameters with the real codes and writes nothing', async () => {
    const { engine, db, vswH, vswI, otherVsw, groups } = await membershipWorld();
    const create = (params: Record<string, unknown>) => () =>
      engine.call('CreateNetworkInterface', {
        RegionId: REGION,
        VSwitchId: vswH,
        SecurityGroupIds: [groups.a],
        ...params,
      });
    await rejectsUnchanged(db, create({ RegionId: '' }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, create({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    const missing = await rejectsUnchanged(db, create({ VSwitchId: '' }), 'MissingParameter');
    expect(missing.Field).toBe('VSwitchId');
    await rejectsUnchanged(db, create({ VSwitchId: 'vsw-nope' }), 'InvalidVSwitchId.NotFound');
    await rejectsUnchanged(db, create({ RegionId: 'cn-beijing' }), 'InvalidVSwitchId.NotFound');
    await rejectsUnchanged(db, create({ NetworkInterfaceName: 42 }), 'InvalidParameter');
    for (const name of ['1eni', 'a', 'http://eni', 'has space', 'x'.repeat(129)]) {
      await rejectsUnchanged(db, create({ NetworkInterfaceName: name }), 'InvalidNetworkInterfaceName.Malformed');
    }
    await rejectsUnchanged(db, create({ Description: 'x' }), 'InvalidDescription.Malformed');
    await rejectsUnchanged(db, create({ SecurityGroupId: groups.b }), 'InvalidParameter.Conflict');
    const none = await rejectsUnchanged(db, create({ SecurityGroupIds: [] }), 'MissingParameter');
    expect(none.Field).toBe('SecurityGroupIds');
    await rejectsUnchanged(db, create({ SecurityGroupIds: undefined }), 'MissingParameter');
    await rejectsUnchanged(db, create({ SecurityGroupIds: groups.a }), 'InvalidParameter');
    await rejectsUnchanged(
      db,
      create({ SecurityGroupIds: [groups.a, groups.a] }),
      'InvalidParameter.SecurityGroupIdRepeated',
    );
    await rejectsUnchanged(db, create({ SecurityGroupIds: ['sg-nope'] }), 'InvalidSecurityGroupId.NotFound');
    await rejectsUnchanged(db, create({ SecurityGroupIds: [groups.x] }), 'InvalidOperation.VpcMismatch');
    await rejectsUnchanged(db, create({ VSwitchId: otherVsw }), 'InvalidOperation.VpcMismatch');
    await rejectsUnchanged(db, create({ SecurityGroupIds: [groups.a, groups.e] }), 'InvalidOperation.MultiGroupType');
    for (const ip of ['172.16.2.9', '172.16.1.1', '172.16.1.3', '10.1.0.9', 'fe80::1', 'nine', '172.16.1.256']) {
      await rejectsUnchanged(db, create({ PrimaryIpAddress: ip }), 'InvalidVSwitchId.IpInvalid');
    }
    // The instance's primary interface holds .4.
    await rejectsUnchanged(db, create({ PrimaryIpAddress: '172.16.1.4' }), 'InvalidPrivateIpAddress.Duplicated');
    expect(
      (await engine.call('CreateNetworkInterface', { RegionId: REGION, VSwitchId: vswI, SecurityGroupId: groups.a }))
        .Status,
    ).toBe('Available');
  });

  it('caps groups per interface and rules across them', async () => {
    const { engine, db, vswH, groups, newGroup, vpcId } = await membershipWorld({ rulesPerInterface: 5 });
    const many = [groups.a];
    for (let i = 0; i < engine.profile.limits.groupsPerInterface; i++) many.push(await newGroup(vpcId));
    const create = (SecurityGroupIds: string[]) => () =>
      engine.call('CreateNetworkInterface', { RegionId: REGION, VSwitchId: vswH, SecurityGroupIds });
    await rejectsUnchanged(db, create(many), 'JoinedGroupLimitExceed');
    await addRules(engine, groups.a, 3);
    await addRules(engine, groups.b, 3);
    const acl = await rejectsUnchanged(db, create([groups.a, groups.b]), 'AclLimitExceed');
    expect(acl.HttpStatus).toBe(403);
    await expect(create(many.slice(0, 10))()).resolves.toHaveProperty('NetworkInterfaceId');
  });

  it('fails with InvalidVSwitchId.IpNotEnough when the vSwitch is full', async () => {
    const { engine, db, vpcId, groups } = await membershipWorld();
    const { VSwitchId } = await engine.call('CreateVSwitch', {
      RegionId: REGION,
      VpcId: vpcId,
      ZoneId: 'cn-hangzhou-j',
      CidrBlock: '172.16.9.0/29',
    });
    for (let i = 0; i < 4; i++) {
      await engine.call('CreateNetworkInterface', { RegionId: REGION, VSwitchId, SecurityGroupId: groups.a });
    }
    await rejectsUnchanged(
      db,
      () => engine.call('CreateNetworkInterface', { RegionId: REGION, VSwitchId, SecurityGroupId: groups.a }),
      'InvalidVSwitchId.IpNotEnough',
    );
  });
});
