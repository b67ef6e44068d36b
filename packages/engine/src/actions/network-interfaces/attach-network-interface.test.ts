import { describe, expect, it } from 'vitest';
import {
  createInterface,
  interfaceOf,
  membershipWorld,
  patchStored,
  REGION,
  rejectsUnchanged,
  runInstance,
} from '../../test/membership-world.ts';

describe('AttachNetworkInterface', () => {
  it('attaches an Available interface to a Running or Stopped instance; it is InUse and keeps its groups', async () => {
    const { engine, vswH, groups, instanceId } = await membershipWorld();
    const eni = await createInterface(engine, vswH, [groups.b]);
    const res = await engine.call('AttachNetworkInterface', {
      RegionId: REGION,
      NetworkInterfaceId: eni,
      InstanceId: instanceId,
    });
    expect(res.RequestId).not.toBe('');
    expect(await interfaceOf(engine, eni)).toMatchObject({
      Status: 'InUse',
      InstanceId: instanceId,
      Type: 'Secondary',
      SecurityGroupIds: { SecurityGroupId: [groups.b] },
    });
    const [instance] = (await engine.call('DescribeInstances', { RegionId: REGION, InstanceIds: [instanceId] }))
      .Instances.Instance;
    expect(instance!.NetworkInterfaces.NetworkInterface.map((n) => n.Type)).toEqual(['Primary', 'Secondary']);
    // An instance's groups stay its primary interface's.
    expect(instance!.SecurityGroupIds.SecurityGroupId).toEqual([groups.a]);

    await engine.call('StopInstance', { InstanceId: instanceId });
    const second = await createInterface(engine, vswH, [groups.a]);
    await engine.call('AttachNetworkInterface', {
      RegionId: REGION,
      NetworkInterfaceId: second,
      InstanceId: instanceId,
    });
    expect((await interfaceOf(engine, second)).Status).toBe('InUse');
  });

  it('rejects with the real codes and writes nothing', async () => {
    const { engine, db, vswH, vswI, otherVsw, groups, instanceId, primaryId } = await membershipWorld();
    const eni = await createInterface(engine, vswH, [groups.a]);
    const attach = (params: Record<string, unknown>) => () =>
      engine.call('AttachNetworkInterface', {
        RegionId: REGION,
        NetworkInterfaceId: eni,
        InstanceId: instanceId,
        ...params,
      });
    await rejectsUnchanged(db, attach({ RegionId: undefined }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, attach({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, attach({ NetworkInterfaceId: '' }), 'MissingParameter.NetworkInterfaceId');
    await rejectsUnchanged(db, attach({ NetworkInterfaceId: 'eni-nope' }), 'InvalidEniId.NotFound');
    await rejectsUnchanged(db, attach({ RegionId: 'cn-beijing' }), 'InvalidEniId.NotFound');
    await rejectsUnchanged(db, attach({ InstanceId: '' }), 'MissingParameter.InstanceId');
    await rejectsUnchanged(db, attach({ InstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    // A primary interface is always InUse.
    await rejectsUnchanged(db, attach({ NetworkInterfaceId: primaryId }), 'InvalidOperation.InvalidEniState');

    const other = await createInterface(engine, otherVsw, [groups.x]);
    await rejectsUnchanged(db, attach({ NetworkInterfaceId: other }), 'InvalidOperation.VpcMismatch');
    const zoneI = await createInterface(engine, vswI, [groups.a]);
    await rejectsUnchanged(db, attach({ NetworkInterfaceId: zoneI }), 'InvalidOperation.AvailabilityZoneMismatch');

    await patchStored(engine, db, 'instances', instanceId, { Status: 'Starting' });
    const busy = await rejectsUnchanged(db, attach({}), 'InvalidOperation.InvalidEcsState');
    expect(busy.HttpStatus).toBe(400);
    await patchStored(engine, db, 'instances', instanceId, { Status: 'Running' });

    await engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, InstanceId: instanceId });
    await rejectsUnchanged(db, attach({}), 'InvalidOperation.InvalidEniState');
  });

  it('holds at most the instance type quota of interfaces: 3 on ecs.g7.large, 8 on ecs.g7.4xlarge', async () => {
    const { engine, db, vswH, groups, instanceId } = await membershipWorld();
    for (let i = 0; i < 2; i++) {
      const eni = await createInterface(engine, vswH, [groups.a]);
      await engine.call('AttachNetworkInterface', {
        RegionId: REGION,
        NetworkInterfaceId: eni,
        InstanceId: instanceId,
      });
    }
    const third = await createInterface(engine, vswH, [groups.a]);
    const full = await rejectsUnchanged(
      db,
      () =>
        engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: third, InstanceId: instanceId }),
      'EniPerInstanceLimitExceeded',
    );
    expect(full.HttpStatus).toBe(403);
    const big = await runInstance(engine, vswH, [groups.a], 'ecs.g7.4xlarge');
    for (let i = 0; i < 7; i++) {
      const eni = await createInterface(engine, vswH, [groups.a]);
      await engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, InstanceId: big });
    }
    await expect(
      engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: third, InstanceId: big }),
    ).rejects.toMatchObject({ Code: 'EniPerInstanceLimitExceeded' });
  });
});
