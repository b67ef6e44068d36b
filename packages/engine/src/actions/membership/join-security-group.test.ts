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

describe('JoinSecurityGroup', () => {
  it('adds an instance (its primary interface) or an interface to one more group, at the end of its list', async () => {
    const { engine, vswH, groups, instanceId, primaryId } = await membershipWorld();
    await engine.call('JoinSecurityGroup', { SecurityGroupId: groups.b, InstanceId: instanceId });
    expect((await interfaceOf(engine, primaryId)).SecurityGroupIds.SecurityGroupId).toEqual([groups.a, groups.b]);
    const eni = await createInterface(engine, vswH, [groups.b]);
    await engine.call('JoinSecurityGroup', { RegionId: REGION, SecurityGroupId: groups.a, NetworkInterfaceId: eni });
    expect((await interfaceOf(engine, eni)).SecurityGroupIds.SecurityGroupId).toEqual([groups.b, groups.a]);
    const list = await engine.call('DescribeSecurityGroups', {
      RegionId: REGION,
      SecurityGroupIds: JSON.stringify([groups.b]),
    });
    expect(list.SecurityGroups.SecurityGroup[0]?.EcsCount).toBe(1);
  });

  it('rejects with the codes of spec §5 and writes nothing', async () => {
    const { engine, db, vpcId, vswH, otherVsw, groups, instanceId, newGroup } = await membershipWorld({
      rulesPerInterface: 5,
    });
    const join = (params: Record<string, unknown>) => () =>
      engine.call('JoinSecurityGroup', { SecurityGroupId: groups.b, InstanceId: instanceId, ...params });
    const eni = await createInterface(engine, vswH, [groups.a]);
    const conflict = await rejectsUnchanged(
      db,
      join({ NetworkInterfaceId: eni }),
      'InvalidParam.EniIdAndInstanceId.Conflict',
    );
    expect(conflict.HttpStatus).toBe(403);
    await rejectsUnchanged(db, join({ InstanceId: undefined }), 'MissingParameter.InstanceId');
    await rejectsUnchanged(db, join({ InstanceId: undefined, NetworkInterfaceId: eni }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, join({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, join({ InstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    await rejectsUnchanged(
      db,
      join({ InstanceId: undefined, NetworkInterfaceId: 'eni-nope', RegionId: REGION }),
      'InvalidEniId.NotFound',
    );
    await rejectsUnchanged(db, join({ SecurityGroupId: '' }), 'MissingParameter.SecurityGroupId');
    await rejectsUnchanged(db, join({ SecurityGroupId: 'sg bad' }), 'InvalidSecurityGroupId.Malformed');
    await rejectsUnchanged(db, join({ SecurityGroupId: 'sg-nope' }), 'InvalidSecurityGroupId.NotFound');
    const already = await rejectsUnchanged(db, join({ SecurityGroupId: groups.a }), 'InvalidInstanceId.AlreadyExists');
    expect(already.HttpStatus).toBe(403);
    await rejectsUnchanged(db, join({ SecurityGroupId: groups.m }), 'InvalidOperation.ResourceManagedByCloudProduct');
    await rejectsUnchanged(db, join({ SecurityGroupId: groups.x }), 'InvalidInstanceId.Mismatch');
    const other = await createInterface(engine, otherVsw, [groups.x]);
    await rejectsUnchanged(
      db,
      join({ InstanceId: undefined, NetworkInterfaceId: other, RegionId: REGION }),
      'InvalidOperation.VpcMismatch',
    );
    await rejectsUnchanged(db, join({ SecurityGroupId: groups.e }), 'InvalidOperation.MultiGroupType');
    await addRules(engine, groups.a, 3);
    await addRules(engine, groups.b, 3);
    await rejectsUnchanged(db, join({}), 'AclLimitExceed');

    const full = await createInterface(engine, vswH, [groups.a]);
    for (let i = 1; i < engine.profile.limits.groupsPerInterface; i++) {
      await engine.call('JoinSecurityGroup', {
        RegionId: REGION,
        SecurityGroupId: await newGroup(vpcId),
        NetworkInterfaceId: full,
      });
    }
    await rejectsUnchanged(
      db,
      join({
        InstanceId: undefined,
        NetworkInterfaceId: full,
        RegionId: REGION,
        SecurityGroupId: await newGroup(vpcId),
      }),
      'InstanceSecurityGroupLimitExceeded',
    );
    await patchStored(engine, db, 'instances', instanceId, { Status: 'Stopping' });
    const status = await rejectsUnchanged(
      db,
      join({ SecurityGroupId: await newGroup(vpcId) }),
      'IncorrectInstanceStatus',
    );
    expect(status.HttpStatus).toBe(403);
  });
});
