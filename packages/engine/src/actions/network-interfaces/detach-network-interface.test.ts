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

describe('DetachNetworkInterface', () => {
  it('detaches a secondary interface: Available, attached to nothing, address and groups kept', async () => {
    const { engine, vswH, groups, instanceId } = await membershipWorld();
    const eni = await createInterface(engine, vswH, [groups.b]);
    await engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, InstanceId: instanceId });
    const attached = await interfaceOf(engine, eni);
    await engine.call('DetachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, InstanceId: instanceId });
    expect(await interfaceOf(engine, eni)).toEqual({ ...attached, Status: 'Available', InstanceId: '' });
    // And it can move to another instance.
    const other = await runInstance(engine, vswH, [groups.a]);
    await engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, InstanceId: other });
    expect((await interfaceOf(engine, eni)).InstanceId).toBe(other);
  });

  it('rejects with the real codes and writes nothing', async () => {
    const { engine, db, vswH, groups, instanceId, primaryId } = await membershipWorld();
    const eni = await createInterface(engine, vswH, [groups.a]);
    const detach = (params: Record<string, unknown>) => () =>
      engine.call('DetachNetworkInterface', {
        RegionId: REGION,
        NetworkInterfaceId: eni,
        InstanceId: instanceId,
        ...params,
      });
    await rejectsUnchanged(db, detach({ RegionId: '' }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, detach({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, detach({ NetworkInterfaceId: undefined }), 'MissingParameter.NetworkInterfaceId');
    await rejectsUnchanged(db, detach({ NetworkInterfaceId: 'eni-nope' }), 'InvalidEniId.NotFound');
    await rejectsUnchanged(db, detach({ InstanceId: undefined }), 'MissingParameter.InstanceId');
    await rejectsUnchanged(db, detach({ InstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    const primary = await rejectsUnchanged(
      db,
      detach({ NetworkInterfaceId: primaryId }),
      'InvalidOperation.DetachPrimaryEniNotAllowed',
    );
    expect(primary.HttpStatus).toBe(400);
    // Not attached at all, then attached to another instance.
    await rejectsUnchanged(db, detach({}), 'InvalidOperation.InvalidEniState');
    const other = await runInstance(engine, vswH, [groups.a]);
    await engine.call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eni, InstanceId: other });
    await rejectsUnchanged(db, detach({}), 'InvalidOperation.InvalidEniState');
    await patchStored(engine, db, 'instances', other, { Status: 'Stopping' });
    await rejectsUnchanged(db, detach({ InstanceId: other }), 'InvalidOperation.InvalidEcsState');
  });
});
