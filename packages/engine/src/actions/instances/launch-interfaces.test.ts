import { describe, expect, it } from 'vitest';
import { createInterface, IMAGE, membershipWorld, REGION, rejectsUnchanged } from '../../test/membership-world.ts';

describe('RunInstances NetworkInterface.N', () => {
  it('sets up the primary interface from a Primary item in place of the top-level parameters', async () => {
    const { engine, vswI, groups } = await membershipWorld();
    const res = await engine.call('RunInstances', {
      RegionId: REGION,
      ImageId: IMAGE,
      NetworkInterface: [
        {
          InstanceType: 'Primary',
          VSwitchId: vswI,
          SecurityGroupIds: [groups.b],
          PrimaryIpAddress: '172.16.2.20',
          NetworkInterfaceName: 'front',
          Description: 'public side',
          SecondaryPrivateIpAddressCount: 2,
        },
      ],
    });
    const id = res.InstanceIdSets.InstanceIdSet[0]!;
    const [instance] = (await engine.call('DescribeInstances', { RegionId: REGION, InstanceIds: [id] })).Instances
      .Instance;
    expect(instance).toMatchObject({
      ZoneId: 'cn-hangzhou-i',
      VpcAttributes: { VSwitchId: vswI, PrivateIpAddress: { IpAddress: ['172.16.2.20'] } },
      SecurityGroupIds: { SecurityGroupId: [groups.b] },
    });
    const eni = (await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, InstanceId: id }))
      .NetworkInterfaceSets.NetworkInterfaceSet[0]!;
    expect(eni).toMatchObject({ NetworkInterfaceName: 'front', Description: 'public side', Type: 'Primary' });
    expect(eni.PrivateIpSets.PrivateIpSet.map((s) => [s.PrivateIpAddress, s.Primary])).toEqual([
      ['172.16.2.20', true],
      ['172.16.2.4', false],
      ['172.16.2.5', false],
    ]);
  });

  it('attaches a new secondary interface to every instance launched, in the given groups', async () => {
    const { engine, vswH, groups } = await membershipWorld();
    const ids = (
      await engine.call('RunInstances', {
        RegionId: REGION,
        VSwitchId: vswH,
        ImageId: IMAGE,
        SecurityGroupIds: [groups.a],
        Amount: 2,
        NetworkInterface: [{ SecurityGroupIds: [groups.b], NetworkInterfaceName: 'data' }],
      })
    ).InstanceIdSets.InstanceIdSet;
    const all = (await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, MaxResults: 100 }))
      .NetworkInterfaceSets.NetworkInterfaceSet;
    for (const id of ids) {
      const own = all.filter((e) => e.InstanceId === id);
      expect(own.map((e) => [e.Type, e.Status, e.SecurityGroupIds.SecurityGroupId[0]]).sort()).toEqual([
        ['Primary', 'InUse', groups.a],
        ['Secondary', 'InUse', groups.b],
      ]);
      expect(own.find((e) => e.Type === 'Secondary')!.NetworkInterfaceName).toBe('data');
    }
    const addresses = all.map((e) => e.PrivateIpAddress);
    expect(new Set(addresses).size).toBe(addresses.length);
    const [first] = (await engine.call('DescribeInstances', { RegionId: REGION, InstanceIds: [ids[0]!] })).Instances
      .Instance;
    expect(first!.NetworkInterfaces.NetworkInterface.map((n) => n.Type)).toEqual(['Primary', 'Secondary']);
  });

  it('attaches an existing Available interface', async () => {
    const { engine, vswH, groups } = await membershipWorld();
    const eniId = await createInterface(engine, vswH, [groups.b]);
    const [id] = (
      await engine.call('RunInstances', {
        RegionId: REGION,
        VSwitchId: vswH,
        ImageId: IMAGE,
        SecurityGroupIds: [groups.a],
        NetworkInterface: [{ NetworkInterfaceId: eniId }],
      })
    ).InstanceIdSets.InstanceIdSet;
    const eni = (await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, NetworkInterfaceId: [eniId] }))
      .NetworkInterfaceSets.NetworkInterfaceSet[0]!;
    expect(eni).toMatchObject({ InstanceId: id, Status: 'InUse', Type: 'Secondary' });
  });

  it('refuses a misplaced Primary, doubled parameters, too many interfaces and foreign vSwitches, writing nothing', async () => {
    const { engine, db, vswH, vswI, groups, primaryId } = await membershipWorld();
    const run = (extra: Record<string, unknown>) => () =>
      engine.call('RunInstances', { RegionId: REGION, ImageId: IMAGE, SecurityGroupIds: [groups.a], ...extra });
    const misplaced = await rejectsUnchanged(
      db,
      run({ VSwitchId: vswH, NetworkInterface: [{}, { InstanceType: 'Primary' }] }),
      'InvalidParameter',
    );
    expect(misplaced.Field).toBe('NetworkInterface.2.InstanceType');
    const doubled = await rejectsUnchanged(
      db,
      run({ VSwitchId: vswH, NetworkInterface: [{ InstanceType: 'Primary', VSwitchId: vswH }] }),
      'InvalidParameter.Conflict',
    );
    expect(doubled.Field).toBe('NetworkInterface.1.VSwitchId');
    // ecs.g7.large takes three interfaces, the primary included.
    await rejectsUnchanged(db, run({ VSwitchId: vswH, NetworkInterface: [{}, {}, {}] }), 'EniPerInstanceLimitExceeded');
    const zone = await rejectsUnchanged(
      db,
      run({ VSwitchId: vswH, NetworkInterface: [{ VSwitchId: vswI }] }),
      'InvalidParameter.Mismatch',
    );
    expect(zone.Field).toBe('NetworkInterface.1.VSwitchId');
    await rejectsUnchanged(
      db,
      run({ VSwitchId: vswH, NetworkInterface: [{ NetworkInterfaceId: primaryId }] }),
      'InvalidOperation.InvalidEniState',
    );
    const eniId = await createInterface(engine, vswH, [groups.b]);
    await rejectsUnchanged(
      db,
      run({ VSwitchId: vswH, Amount: 2, NetworkInterface: [{ NetworkInterfaceId: eniId }] }),
      'InvalidParameter.Conflict',
    );
  });
});
