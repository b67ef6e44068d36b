import { describe, expect, it } from 'vitest';
import {
  addRules,
  createInterface,
  interfaceOf,
  membershipWorld,
  patchStored,
  REGION,
  rejectsUnchanged,
} from '../../test/membership-world.ts';

describe('ModifyNetworkInterfaceAttribute', () => {
  it('renames, describes and replaces the whole group set, of a secondary or a primary interface', async () => {
    const { engine, vswH, groups, primaryId, instanceId } = await membershipWorld();
    const eni = await createInterface(engine, vswH, [groups.a]);
    await engine.call('ModifyNetworkInterfaceAttribute', {
      RegionId: REGION,
      NetworkInterfaceId: eni,
      SecurityGroupId: [groups.b, groups.a],
      NetworkInterfaceName: 'data',
      Description: 'data plane',
    });
    expect(await interfaceOf(engine, eni)).toMatchObject({
      NetworkInterfaceName: 'data',
      Description: 'data plane',
      SecurityGroupIds: { SecurityGroupId: [groups.b, groups.a] },
    });
    // Absent fields stay; '' clears a description.
    await engine.call('ModifyNetworkInterfaceAttribute', {
      RegionId: REGION,
      NetworkInterfaceId: eni,
      Description: '',
    });
    expect(await interfaceOf(engine, eni)).toMatchObject({ NetworkInterfaceName: 'data', Description: '' });
    await engine.call('ModifyNetworkInterfaceAttribute', {
      RegionId: REGION,
      NetworkInterfaceId: eni,
      SecurityGroupId: [groups.e],
    });
    expect((await interfaceOf(engine, eni)).SecurityGroupIds.SecurityGroupId).toEqual([groups.e]);
    // The primary interface's groups are the instance's.
    await engine.call('ModifyNetworkInterfaceAttribute', {
      RegionId: REGION,
      NetworkInterfaceId: primaryId,
      SecurityGroupId: [groups.b],
    });
    const [instance] = (await engine.call('DescribeInstances', { RegionId: REGION, InstanceIds: [instanceId] }))
      .Instances.Instance;
    expect(instance!.SecurityGroupIds.SecurityGroupId).toEqual([groups.b]);
  });

  it('rejects with the codes of spec §5 and writes nothing', async () => {
    const { engine, db, vpcId, vswH, groups, instanceId, newGroup } = await membershipWorld({ rulesPerInterface: 5 });
    const eni = await createInterface(engine, vswH, [groups.a, groups.m]);
    const modify = (params: Record<string, unknown>) => () =>
      engine.call('ModifyNetworkInterfaceAttribute', { RegionId: REGION, NetworkInterfaceId: eni, ...params });
    await rejectsUnchanged(db, modify({ RegionId: '' }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, modify({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, modify({ NetworkInterfaceId: '' }), 'MissingParameter.NetworkInterfaceId');
    await rejectsUnchanged(db, modify({ NetworkInterfaceId: 'eni-nope' }), 'InvalidEniId.NotFound');
    await rejectsUnchanged(db, modify({ SecurityGroupId: groups.b }), 'InvalidParameter');
    await rejectsUnchanged(db, modify({ NetworkInterfaceName: 'x' }), 'InvalidNetworkInterfaceName.Malformed');
    await rejectsUnchanged(db, modify({ Description: 'https://x' }), 'InvalidDescription.Malformed');
    await rejectsUnchanged(db, modify({ SecurityGroupId: [] }), 'InvalidOperation.AtLeastInOneGroup');
    await rejectsUnchanged(
      db,
      modify({ SecurityGroupId: [groups.b, groups.b] }),
      'InvalidParameter.SecurityGroupIdRepeated',
    );
    await rejectsUnchanged(db, modify({ SecurityGroupId: ['sg-nope'] }), 'InvalidSecurityGroupId.NotFound');
    await rejectsUnchanged(db, modify({ SecurityGroupId: [groups.x] }), 'InvalidOperation.VpcMismatch');
    const mixed = await rejectsUnchanged(
      db,
      modify({ SecurityGroupId: [groups.b, groups.e] }),
      'EnterpriseGroupLimited.MutliGroupType',
    );
    expect(mixed.HttpStatus).toBe(403);
    // Dropping the managed group (ACK's) is the service's business, as is adding one.
    await rejectsUnchanged(
      db,
      modify({ SecurityGroupId: [groups.a] }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    const many = [groups.a];
    for (let i = 0; i < engine.profile.limits.groupsPerInterface; i++) many.push(await newGroup(vpcId));
    await rejectsUnchanged(db, modify({ SecurityGroupId: many }), 'JoinedGroupLimitExceed');
    await addRules(engine, groups.b, 3);
    const c = await newGroup(vpcId);
    await addRules(engine, c, 3);
    await rejectsUnchanged(db, modify({ SecurityGroupId: [groups.a, groups.m, groups.b, c] }), 'AclLimitExceed');

    await engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, InstanceId: instanceId });
    await patchStored(engine, db, 'instances', instanceId, { Status: 'Pending' });
    await rejectsUnchanged(
      db,
      modify({ SecurityGroupId: [groups.a, groups.m, groups.b] }),
      'InvalidOperation.InvalidEcsState',
    );
    // A rename does not need a settled instance.
    await engine.call('ModifyNetworkInterfaceAttribute', {
      RegionId: REGION,
      NetworkInterfaceId: eni,
      NetworkInterfaceName: 'renamed',
    });
    expect((await interfaceOf(engine, eni)).NetworkInterfaceName).toBe('renamed');
  });
});
