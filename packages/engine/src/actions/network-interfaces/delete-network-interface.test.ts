import { describe, expect, it } from 'vitest';
import { createInterface, membershipWorld, REGION, rejectsUnchanged } from '../../test/membership-world.ts';

describe('DeleteNetworkInterface', () => {
  it('deletes an Available interface: its address is free again and it leaves its groups', async () => {
    const { engine, vswH, groups } = await membershipWorld();
    const freeIps = async () =>
      (await engine.call('DescribeVSwitches', { RegionId: REGION, VSwitchId: vswH })).VSwitches.VSwitch[0]!
        .AvailableIpAddressCount;
    const before = await freeIps();
    const eni = await createInterface(engine, vswH, [groups.b]);
    expect(await freeIps()).toBe(before - 1);
    await expect(
      engine.call('DeleteSecurityGroup', { RegionId: REGION, SecurityGroupId: groups.b }),
    ).rejects.toMatchObject({ Code: 'DependencyViolation' });
    await engine.call('DeleteNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni });
    expect(
      (await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, NetworkInterfaceId: [eni] })).TotalCount,
    ).toBe(0);
    expect(await freeIps()).toBe(before);
    await engine.call('DeleteSecurityGroup', { RegionId: REGION, SecurityGroupId: groups.b });
  });

  it('refuses an attached or primary interface with InvalidOperation.InvalidEniState, and unknown IDs', async () => {
    const { engine, db, vswH, groups, instanceId, primaryId } = await membershipWorld();
    const eni = await createInterface(engine, vswH, [groups.a]);
    await engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, InstanceId: instanceId });
    const del = (params: Record<string, unknown>) => () =>
      engine.call('DeleteNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, ...params });
    const inUse = await rejectsUnchanged(db, del({}), 'InvalidOperation.InvalidEniState');
    expect(inUse.HttpStatus).toBe(400);
    await rejectsUnchanged(db, del({ NetworkInterfaceId: primaryId }), 'InvalidOperation.InvalidEniState');
    await rejectsUnchanged(db, del({ NetworkInterfaceId: 'eni-nope' }), 'InvalidEniId.NotFound');
    await rejectsUnchanged(db, del({ NetworkInterfaceId: '' }), 'MissingParameter.NetworkInterfaceId');
    await rejectsUnchanged(db, del({ RegionId: '' }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, del({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
  });
});
