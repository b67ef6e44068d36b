import { describe, expect, it } from 'vitest';
import {
  createInterface,
  interfaceOf,
  membershipWorld,
  patchStored,
  REGION,
  rejectsUnchanged,
} from '../../test/membership-world.ts';

describe('LeaveSecurityGroup', () => {
  it('removes an instance or an interface from one group', async () => {
    const { engine, vswH, groups, instanceId, primaryId } = await membershipWorld();
    await engine.call('JoinSecurityGroup', { SecurityGroupId: groups.b, InstanceId: instanceId });
    await engine.call('LeaveSecurityGroup', { SecurityGroupId: groups.a, InstanceId: instanceId });
    expect((await interfaceOf(engine, primaryId)).SecurityGroupIds.SecurityGroupId).toEqual([groups.b]);
    const eni = await createInterface(engine, vswH, [groups.a, groups.b]);
    await engine.call('LeaveSecurityGroup', { RegionId: REGION, SecurityGroupId: groups.b, NetworkInterfaceId: eni });
    expect((await interfaceOf(engine, eni)).SecurityGroupIds.SecurityGroupId).toEqual([groups.a]);
  });

  it('rejects with the codes of spec §5 and writes nothing', async () => {
    const { engine, db, vswH, groups, instanceId } = await membershipWorld();
    const eni = await createInterface(engine, vswH, [groups.a, groups.m]);
    const leave = (params: Record<string, unknown>) => () =>
      engine.call('LeaveSecurityGroup', { SecurityGroupId: groups.a, InstanceId: instanceId, ...params });
    await rejectsUnchanged(db, leave({ NetworkInterfaceId: eni }), 'InvalidParam.EniIdAndInstanceId.Conflict');
    await rejectsUnchanged(db, leave({ InstanceId: '' }), 'MissingParameter.InstanceId');
    await rejectsUnchanged(db, leave({ InstanceId: undefined, NetworkInterfaceId: eni }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, leave({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, leave({ InstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    await rejectsUnchanged(
      db,
      leave({ InstanceId: undefined, RegionId: REGION, NetworkInterfaceId: 'eni-x' }),
      'InvalidEniId.NotFound',
    );
    await rejectsUnchanged(db, leave({ SecurityGroupId: undefined }), 'MissingParameter.SecurityGroupId');
    await rejectsUnchanged(db, leave({ SecurityGroupId: 'x'.repeat(101) }), 'InvalidSecurityGroupId.Malformed');
    await rejectsUnchanged(db, leave({ SecurityGroupId: 'sg-nope' }), 'InvalidSecurityGroupId.NotFound');
    const notMember = await rejectsUnchanged(
      db,
      leave({ SecurityGroupId: groups.b }),
      'InvalidSecurityGroupAssociation.NotFound',
    );
    expect(notMember.HttpStatus).toBe(400);
    const last = await rejectsUnchanged(db, leave({}), 'InstanceLastSecurityGroup');
    expect(last.HttpStatus).toBe(403);
    await rejectsUnchanged(
      db,
      leave({ InstanceId: undefined, RegionId: REGION, NetworkInterfaceId: eni, SecurityGroupId: groups.m }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    await engine.call('JoinSecurityGroup', { SecurityGroupId: groups.b, InstanceId: instanceId });
    await patchStored(engine, db, 'instances', instanceId, { Status: 'Pending' });
    await rejectsUnchanged(db, leave({}), 'IncorrectInstanceStatus');
  });
});
