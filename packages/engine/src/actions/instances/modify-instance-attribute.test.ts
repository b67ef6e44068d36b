import { describe, expect, it } from 'vitest';
import { addRules, membershipWorld, patchStored, REGION, rejectsUnchanged } from '../../test/membership-world.ts';

describe('ModifyInstanceAttribute', () => {
  it("replaces the primary interface's whole group set and changes name and description", async () => {
    const { engine, groups, instanceId } = await membershipWorld();
    const describe = async () =>
      (await engine.call('DescribeInstances', { RegionId: REGION, InstanceIds: [instanceId] })).Instances.Instance[0]!;
    await engine.call('ModifyInstanceAttribute', {
      InstanceId: instanceId,
      SecurityGroupIds: [groups.b, groups.a],
      InstanceName: 'web-01',
      Description: 'front end',
    });
    expect(await describe()).toMatchObject({
      InstanceName: 'web-01',
      Description: 'front end',
      SecurityGroupIds: { SecurityGroupId: [groups.b, groups.a] },
    });
    await engine.call('ModifyInstanceAttribute', {
      RegionId: REGION,
      InstanceId: instanceId,
      SecurityGroupIds: [groups.e],
    });
    expect(await describe()).toMatchObject({
      InstanceName: 'web-01',
      SecurityGroupIds: { SecurityGroupId: [groups.e] },
    });
    // A Stopped instance may change groups too.
    await engine.call('StopInstance', { InstanceId: instanceId });
    await engine.call('ModifyInstanceAttribute', { InstanceId: instanceId, SecurityGroupIds: [groups.a] });
    expect((await describe()).SecurityGroupIds.SecurityGroupId).toEqual([groups.a]);
  });

  it('rejects with the codes of spec §5 and writes nothing', async () => {
    const { engine, db, vpcId, groups, instanceId, newGroup } = await membershipWorld({ rulesPerInterface: 5 });
    const modify = (params: Record<string, unknown>) => () =>
      engine.call('ModifyInstanceAttribute', { InstanceId: instanceId, ...params });
    await rejectsUnchanged(db, modify({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, modify({ RegionId: 'cn-beijing' }), 'InvalidInstanceId.NotFound');
    await rejectsUnchanged(db, modify({ InstanceId: '' }), 'MissingParameter.InstanceId');
    await rejectsUnchanged(db, modify({ InstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    await rejectsUnchanged(db, modify({ SecurityGroupIds: 'sg-a' }), 'InvalidParameter');
    await rejectsUnchanged(db, modify({ InstanceName: '1st' }), 'InvalidInstanceName.Malformed');
    await rejectsUnchanged(db, modify({ Description: 'x' }), 'InvalidDescription.Malformed');
    await rejectsUnchanged(db, modify({ SecurityGroupIds: [] }), 'InvalidOperation.AtLeastInOneGroup');
    const repeated = await rejectsUnchanged(
      db,
      modify({ SecurityGroupIds: [groups.a, groups.a] }),
      'InvalidParameter.SecurityGroupIdRepeated',
    );
    expect(repeated.HttpStatus).toBe(404);
    await rejectsUnchanged(db, modify({ SecurityGroupIds: ['sg-nope'] }), 'InvalidSecurityGroupId.NotFound');
    const vpc = await rejectsUnchanged(
      db,
      modify({ SecurityGroupIds: [groups.x] }),
      'InvalidSecurityGroupVpc.NotBelongToOneVpc',
    );
    expect(vpc.HttpStatus).toBe(404);
    await rejectsUnchanged(
      db,
      modify({ SecurityGroupIds: [groups.a, groups.e] }),
      'EnterpriseGroupLimited.MutliGroupType',
    );
    await rejectsUnchanged(
      db,
      modify({ SecurityGroupIds: [groups.a, groups.m] }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    const many = [groups.a];
    for (let i = 0; i < engine.profile.limits.groupsPerInterface; i++) many.push(await newGroup(vpcId));
    const tooMany = await rejectsUnchanged(db, modify({ SecurityGroupIds: many }), 'JoinedGroupLimitExceed');
    expect(tooMany.HttpStatus).toBe(400);
    await addRules(engine, groups.a, 3);
    await addRules(engine, groups.b, 3);
    const acl = await rejectsUnchanged(db, modify({ SecurityGroupIds: [groups.a, groups.b] }), 'AclLimitExceed');
    expect(acl.HttpStatus).toBe(403);
    await patchStored(engine, db, 'instances', instanceId, { Status: 'Starting' });
    const status = await rejectsUnchanged(db, modify({ SecurityGroupIds: [groups.b] }), 'IncorrectInstanceStatus');
    expect(status.HttpStatus).toBe(403);
    // Renaming does not depend on the status.
    await engine.call('ModifyInstanceAttribute', { InstanceId: instanceId, InstanceName: 'still-starting' });
  });
});
