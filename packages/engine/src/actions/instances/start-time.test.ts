import { describe, expect, it } from 'vitest';
import { patchStored } from '../../test/membership-world.ts';
import { REGION, tagWorld } from '../../test/tag-support.ts';

async function startTimeOf(engine: Awaited<ReturnType<typeof tagWorld>>['engine'], instanceId: string) {
  const res = await engine.call('DescribeInstances', { RegionId: REGION });
  const instance = res.Instances.Instance.find((i) => i.InstanceId === instanceId)!;
  return { StartTime: instance.StartTime, CreationTime: instance.CreationTime };
}

describe("an instance's StartTime", () => {
  it('is its launch, then its last StartInstance; stopping keeps it', async () => {
    const { engine, instanceId } = await tagWorld();
    const launched = await startTimeOf(engine, instanceId);
    expect(launched.StartTime).toBe(launched.CreationTime);
    await engine.call('AdvanceClock', { Minutes: 5 });
    await engine.call('StopInstance', { InstanceId: instanceId });
    expect((await startTimeOf(engine, instanceId)).StartTime).toBe(launched.StartTime);
    await engine.call('AdvanceClock', { Minutes: 5 });
    await engine.call('StartInstance', { InstanceId: instanceId });
    const time = (await engine.call('DescribeClock', {})).CurrentTime;
    expect((await startTimeOf(engine, instanceId)).StartTime).toBe(time);
    expect(time > launched.StartTime).toBe(true);
  });

  it('reads as the creation time for an instance stored before StartTime existed', async () => {
    const { engine, db, instanceId } = await tagWorld();
    // As a record stored before StartTime existed reads: no StartTime.
    await patchStored(engine, db, 'instances', instanceId, { StartTime: undefined });
    const stored = await startTimeOf(engine, instanceId);
    expect(stored.StartTime).toBe(stored.CreationTime);
  });
});
