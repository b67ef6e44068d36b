import { describe, expect, it } from 'vitest';
import { interfaceOf, membershipWorld, REGION, rejectsUnchanged, runInstance } from '../../test/membership-world.ts';

describe('CreateNetworkInterface secondary private IPs', () => {
  it('holds the chosen addresses: answered in PrivateIpSets, found by the filter, never handed out again', async () => {
    const { engine, vswH, groups } = await membershipWorld();
    const res = await engine.call('CreateNetworkInterface', {
      RegionId: REGION,
      VSwitchId: vswH,
      SecurityGroupIds: [groups.b],
      PrivateIpAddress: ['172.16.1.50', '172.16.1.6'],
    });
    expect(res.PrivateIpSets.PrivateIpSet).toEqual([
      { PrivateIpAddress: '172.16.1.5', Primary: true },
      { PrivateIpAddress: '172.16.1.50', Primary: false },
      { PrivateIpAddress: '172.16.1.6', Primary: false },
    ]);
    const found = await engine.call('DescribeNetworkInterfaces', {
      RegionId: REGION,
      PrivateIpAddress: ['172.16.1.50'],
    });
    expect(found.NetworkInterfaceSets.NetworkInterfaceSet.map((e) => e.NetworkInterfaceId)).toEqual([
      res.NetworkInterfaceId,
    ]);
    // .6 is a secondary address now: the next instance skips it.
    const instanceId = await runInstance(engine, vswH, [groups.a]);
    const [instance] = (await engine.call('DescribeInstances', { RegionId: REGION, InstanceIds: [instanceId] }))
      .Instances.Instance;
    expect(instance!.VpcAttributes.PrivateIpAddress.IpAddress).toEqual(['172.16.1.7']);
  });

  it('hands out the next free addresses for SecondaryPrivateIpAddressCount and counts them against the vSwitch', async () => {
    const { engine, vswH, groups } = await membershipWorld();
    const free = async () =>
      (await engine.call('DescribeVSwitches', { RegionId: REGION, VSwitchId: vswH })).VSwitches.VSwitch[0]!
        .AvailableIpAddressCount;
    const before = await free();
    const res = await engine.call('CreateNetworkInterface', {
      RegionId: REGION,
      VSwitchId: vswH,
      SecurityGroupIds: [groups.b],
      SecondaryPrivateIpAddressCount: 3,
    });
    expect(res.PrivateIpSets.PrivateIpSet.map((s) => s.PrivateIpAddress)).toEqual([
      '172.16.1.5',
      '172.16.1.6',
      '172.16.1.7',
      '172.16.1.8',
    ]);
    expect(await free()).toBe(before - 4);
    expect((await interfaceOf(engine, res.NetworkInterfaceId)).PrivateIpSets.PrivateIpSet).toHaveLength(4);
  });

  it('refuses conflicting, duplicated, foreign and too many addresses, writing nothing', async () => {
    const { engine, db, vswH, groups } = await membershipWorld();
    const create = (extra: Record<string, unknown>) => () =>
      engine.call('CreateNetworkInterface', {
        RegionId: REGION,
        VSwitchId: vswH,
        SecurityGroupIds: [groups.b],
        ...extra,
      });
    await rejectsUnchanged(
      db,
      create({ PrivateIpAddress: ['172.16.1.50'], SecondaryPrivateIpAddressCount: 1 }),
      'InvalidParameter.Conflict',
    );
    // The instance of the world holds 172.16.1.4.
    const taken = await rejectsUnchanged(
      db,
      create({ PrivateIpAddress: ['172.16.1.4'] }),
      'InvalidPrivateIpAddress.Duplicated',
    );
    expect(taken.Field).toBe('PrivateIpAddress.1');
    const twice = await rejectsUnchanged(
      db,
      create({ PrimaryIpAddress: '172.16.1.60', PrivateIpAddress: ['172.16.1.61', '172.16.1.60'] }),
      'InvalidPrivateIpAddress.Duplicated',
    );
    expect(twice.Field).toBe('PrivateIpAddress.2');
    await rejectsUnchanged(db, create({ PrivateIpAddress: ['172.16.2.9'] }), 'InvalidVSwitchId.IpInvalid');
    await rejectsUnchanged(db, create({ SecondaryPrivateIpAddressCount: 50 }), 'InvalidParameter');
    const many = Array.from({ length: 50 }, (_, i) => `172.16.1.${100 + i}`);
    await rejectsUnchanged(db, create({ PrivateIpAddress: many }), 'InvalidParameter');
  });

  it('makes a secondary address a member of the groups: a rule naming the group lets it in', async () => {
    const { engine, vswH, groups, instanceId } = await membershipWorld();
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groups.a,
      Permissions: [{ IpProtocol: 'TCP', PortRange: '3306/3306', SourceGroupId: groups.b }],
    });
    await engine.call('CreateNetworkInterface', {
      RegionId: REGION,
      VSwitchId: vswH,
      SecurityGroupIds: [groups.b],
      PrivateIpAddress: ['172.16.1.50'],
    });
    const from = async (PeerIp: string) =>
      (
        await engine.call('EvaluateTraffic', {
          RegionId: REGION,
          InstanceId: instanceId,
          Direction: 'ingress',
          IpProtocol: 'TCP',
          Port: 3306,
          PeerIp,
        })
      ).Verdict;
    expect(await from('172.16.1.50')).toBe('Allowed');
    expect(await from('172.16.1.51')).toBe('Denied');
  });
});
