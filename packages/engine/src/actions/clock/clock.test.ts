import { describe, expect, it } from 'vitest';
import { isoTime } from '../../clock.ts';
import { expectCode } from '../../test/expect-code.ts';
import { storedRows } from '../../test/group-support.ts';
import { MINUTE, snapshotWorld, START } from '../../test/snapshot-support.ts';

describe('DescribeClock and AdvanceClock', () => {
  it('starts on the injected clock and moves forward by whole minutes, stored with the world', async () => {
    const world = await snapshotWorld();
    const { engine } = world;
    expect(await engine.call('DescribeClock', {})).toMatchObject({
      CurrentTime: isoTime(START),
      CurrentTimeMs: START,
      OffsetMs: 0,
      NextDueTime: '',
    });
    await engine.call('AdvanceClock', { Minutes: 5 });
    await engine.call('AdvanceClock', { Minutes: '1440' as unknown as number });
    world.clock.advance(1000);
    expect(await engine.call('DescribeClock', {})).toMatchObject({
      CurrentTime: isoTime(START + 1445 * MINUTE + 1000),
      OffsetMs: 1445 * MINUTE,
    });
  });

  it('rejects missing, fractional and out-of-range steps, storing nothing', async () => {
    const { engine, db } = await snapshotWorld();
    const before = storedRows(db);
    await expectCode(engine.call('AdvanceClock', {} as never), 'MissingParameter.Minutes');
    for (const bad of [0, -5, 1.5, 60 * 24 * 365 + 1, 'soon', true]) {
      await expectCode(engine.call('AdvanceClock', { Minutes: bad as number }), 'InvalidParameter.Minutes');
    }
    expect(storedRows(db)).toBe(before);
    expect(await engine.call('AdvanceClock', { Minutes: 60 * 24 * 365 })).toMatchObject({
      CurrentTime: isoTime(START + 365 * 24 * 60 * MINUTE),
    });
  });
});
