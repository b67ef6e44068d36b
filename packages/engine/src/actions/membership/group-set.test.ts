import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine.ts';
import { addRules, IMAGE, membershipWorld, REGION, rejectsUnchanged } from '../../test/membership-world.ts';

/** The shared membership checks, seen through RunInstances (which now counts rules per interface too). */
describe('membership checks at launch', () => {
  it('refuses groups holding more than rulesPerInterface rules between them with AclLimitExceed', async () => {
    const { engine, db, vpcId, vswH, groups, newGroup } = await membershipWorld({ rulesPerInterface: 5 });
    await addRules(engine, groups.b, 3);
    const c = await newGroup(vpcId);
    await addRules(engine, c, 3);
    const run = (SecurityGroupIds: string[]) => () =>
      engine.call('RunInstances', { RegionId: REGION, VSwitchId: vswH, ImageId: IMAGE, SecurityGroupIds });
    const error = await rejectsUnchanged(db, run([groups.b, c]), 'AclLimitExceed');
    expect(error).toMatchObject({ HttpStatus: 403, Field: 'SecurityGroupIds' });
    // Exactly at the limit is fine.
    await addRules(engine, groups.a, 2);
    await expect(run([groups.a, groups.b])()).resolves.toHaveProperty('InstanceIdSets');
  });
});

/** A basic group holds at most privateIpsPerBasicGroup private IPs, an advanced one interfacesPerAdvancedGroup interfaces. */
describe('group capacity, with each action its own codes', () => {
  it('refuses a member more than a group has room for', async () => {
    const { engine, db, vpcId, vswH, groups, instanceId, primaryId, newGroup } = await membershipWorld({
      privateIpsPerBasicGroup: 2,
      interfacesPerAdvancedGroup: 1,
    });
    const e2 = await newGroup(vpcId, 'enterprise');
    // `a` holds the instance; the first advanced member fills `e`.
    const eni = (
      await engine.call('CreateNetworkInterface', { RegionId: REGION, VSwitchId: vswH, SecurityGroupId: groups.e })
    ).NetworkInterfaceId;
    const run =
      (SecurityGroupIds: string[], Amount = 1) =>
      () =>
        engine.call('RunInstances', { RegionId: REGION, VSwitchId: vswH, ImageId: IMAGE, SecurityGroupIds, Amount });
    await rejectsUnchanged(db, run([groups.a], 2), 'SecurityGroupInstanceLimitExceed');
    await rejectsUnchanged(db, run([groups.e]), 'InvalidOperation.EniCountExceeded');
    const create = (SecurityGroupIds: string[]) => () =>
      engine.call('CreateNetworkInterface', { RegionId: REGION, VSwitchId: vswH, SecurityGroupIds });
    await rejectsUnchanged(db, create([groups.e]), 'InvalidOperation.EniCountExceeded');
    await expect(create([groups.a])()).resolves.toHaveProperty('NetworkInterfaceId');
    // Now `a` is full too (the instance and that interface).
    await rejectsUnchanged(db, create([groups.a]), 'SecurityGroupInstanceLimitExceed');
    const other = await runInstanceIn(engine, vswH, groups.b);
    const modify = (SecurityGroupIds: string[]) => () =>
      engine.call('ModifyInstanceAttribute', { InstanceId: other, SecurityGroupIds });
    await rejectsUnchanged(db, modify([groups.a]), 'SecurityGroupInstanceLimitExceed');
    // Keeping a full group the interface is already in needs no room.
    await engine.call('ModifyInstanceAttribute', { InstanceId: instanceId, SecurityGroupIds: [groups.b, groups.a] });
    await rejectsUnchanged(db, modify([groups.b, groups.a]), 'SecurityGroupInstanceLimitExceed');
    const modifyEni = (SecurityGroupId: string[]) => () =>
      engine.call('ModifyNetworkInterfaceAttribute', { RegionId: REGION, NetworkInterfaceId: eni, SecurityGroupId });
    await engine.call('ModifyNetworkInterfaceAttribute', {
      RegionId: REGION,
      NetworkInterfaceId: eni,
      SecurityGroupId: [e2],
    });
    await engine.call('ModifyInstanceAttribute', { InstanceId: other, SecurityGroupIds: [groups.e] });
    await rejectsUnchanged(db, modifyEni([groups.e]), 'InvalidOperation.EniCountExceeded');
    await rejectsUnchanged(
      db,
      () => engine.call('ModifyInstanceAttribute', { InstanceId: other, SecurityGroupIds: [e2] }),
      'InvalidOperation.EniCountExceeded',
    );
    const join = (params: { InstanceId: string; SecurityGroupId: string }) => () =>
      engine.call('JoinSecurityGroup', params);
    await rejectsUnchanged(
      db,
      join({ InstanceId: other, SecurityGroupId: e2 }),
      'InvalidOperation.NetworkInterfaceCountExceeded',
    );
    const third = await newGroup(vpcId);
    await engine.call('ModifyNetworkInterfaceAttribute', {
      RegionId: REGION,
      NetworkInterfaceId: primaryId,
      SecurityGroupId: [third],
    });
    // `third` now holds the primary interface and a new instance: full.
    await runInstanceIn(engine, vswH, third);
    const fifth = await runInstanceIn(engine, vswH, groups.b);
    await rejectsUnchanged(
      db,
      join({ InstanceId: fifth, SecurityGroupId: third }),
      'SecurityGroupInstanceLimitExceeded',
    );
    const listed = await engine.call('DescribeSecurityGroups', {
      RegionId: REGION,
      SecurityGroupIds: JSON.stringify([third]),
    });
    expect(listed.SecurityGroups.SecurityGroup[0]?.AvailableInstanceAmount).toBe(0);
  });
});

async function runInstanceIn(engine: Engine, VSwitchId: string, groupId: string): Promise<string> {
  const res = await engine.call('RunInstances', {
    RegionId: REGION,
    VSwitchId,
    ImageId: IMAGE,
    SecurityGroupIds: [groupId],
  });
  return res.InstanceIdSets.InstanceIdSet[0]!;
}
