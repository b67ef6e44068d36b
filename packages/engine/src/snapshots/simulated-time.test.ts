import { describe, expect, it } from 'vitest';
import { isoTime } from '../clock.ts';
import { createEngine, emptyWorld } from '../engine.ts';
import { expectCode } from '../test/expect-code.ts';
import {
  allowIn,
  DAY,
  MINUTE,
  newGroup,
  newPolicy,
  R,
  snapshotsOf,
  snapshotWorld,
  START,
  storedRules,
  tcpIn,
  wait,
} from '../test/snapshot-support.ts';

const ruleChanges = async (engine: Awaited<ReturnType<typeof snapshotWorld>>['engine'], groupId: string) =>
  (await snapshotsOf(engine, groupId)).filter((s) => s.Trigger === 'RuleChange');

describe('simulated time and catch-up', () => {
  it('AdvanceClock moves the world time: the due snapshot is taken and dated when it was due', async () => {
    const world = await snapshotWorld();
    const { engine, groupId } = world;
    await newPolicy(engine, [groupId], { RetentionDays: 2 });
    await allowIn(engine, groupId, tcpIn(22));
    const advanced = await engine.call('AdvanceClock', { Minutes: 5 });
    expect(advanced).toMatchObject({
      CurrentTime: isoTime(START + 5 * MINUTE),
      SnapshotsCreated: 1,
      SnapshotsExpired: 0,
    });
    const [snapshot] = await ruleChanges(engine, groupId);
    expect(snapshot!.CreationTime).toBe(isoTime(START + 5 * MINUTE));
    expect(await engine.call('DescribeClock', {})).toMatchObject({
      OffsetMs: 5 * MINUTE,
      CurrentTimeMs: START + 5 * MINUTE,
    });

    // "+1 day" twice: the association snapshot (day 0) and this one expire after 2 days.
    expect(await engine.call('AdvanceClock', { Minutes: 24 * 60 })).toMatchObject({ SnapshotsExpired: 0 });
    expect(await engine.call('AdvanceClock', { Minutes: 24 * 60 })).toMatchObject({ SnapshotsExpired: 2 });
    expect(await snapshotsOf(engine, groupId)).toEqual([]);
  });

  it('new records are dated with the simulated time', async () => {
    const world = await snapshotWorld();
    await world.engine.call('AdvanceClock', { Minutes: 60 });
    const id = await newGroup(world.engine, world.vpcId);
    const group = await world.engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId: id });
    expect(group.CreationTime).toBe(isoTime(START + 60 * MINUTE));
  });

  it('catches up after the console was closed: snapshots dated at their due time, expired ones skipped', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId, vpcId } = world;
    const other = await newGroup(engine, vpcId, 'other');
    await newPolicy(engine, [groupId], { RetentionDays: 3 });
    await newPolicy(engine, [other], { RetentionDays: 1 });
    await allowIn(engine, groupId, tcpIn(22));
    await allowIn(engine, other, tcpIn(22));
    // Closed for 2 days: the first call afterwards does the work, dated when it was due.
    wait(world, 2 * DAY);
    const snapshots = await ruleChanges(engine, groupId);
    expect(snapshots.map((s) => s.CreationTime)).toEqual([isoTime(START + 5 * MINUTE)]);
    // The other group's snapshot would already have expired (1 day): it is never written, nor its association one.
    expect(await snapshotsOf(engine, other)).toEqual([]);
    expect(db.tables.get('snapshotSchedules')!.size).toBe(0);
  });

  it('a console opened again later (a new engine on the same storage) catches up on its first call', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId } = world;
    await newPolicy(engine, [groupId]);
    await engine.call('AdvanceClock', { Minutes: 10 });
    await allowIn(engine, groupId, tcpIn(22));
    engine.close();
    world.clock.advance(60 * MINUTE);
    const reopened = await createEngine({ storage: db.connect(), clock: world.clock });
    const snapshots = await ruleChanges(reopened, groupId);
    // The simulated offset came back with the world: due 10 + 5 minutes after the start.
    expect(snapshots.map((s) => s.CreationTime)).toEqual([isoTime(START + 15 * MINUTE)]);
  });

  it('a DryRun or a read sees due work without writing it; a write stores it first, even when the write fails', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId } = world;
    await newPolicy(engine, [groupId]);
    await allowIn(engine, groupId, tcpIn(22));
    wait(world, 5 * MINUTE);
    await expectCode(
      engine.call('AuthorizeSecurityGroup', {
        RegionId: R,
        SecurityGroupId: groupId,
        Permissions: [tcpIn(80)],
        DryRun: true,
      }),
      'DryRunOperation',
    );
    const seen = await engine.call('DescribeSecurityGroupSnapshots', { RegionId: R, SecurityGroupId: groupId });
    expect(seen.Snapshots.Snapshot).toHaveLength(2);
    expect(db.tables.get('snapshots')!.size).toBe(1);
    expect(db.tables.get('snapshotSchedules')!.size).toBe(1);

    await expectCode(
      engine.call('AuthorizeSecurityGroup', { RegionId: R, SecurityGroupId: 'sg-nothere', Permissions: [tcpIn(80)] }),
      'InvalidSecurityGroupId.NotFound',
    );
    expect(db.tables.get('snapshots')!.size).toBe(2);
    expect(db.tables.get('snapshotSchedules')!.size).toBe(0);
    expect(storedRules(db, groupId)).toHaveLength(1);
    const after = await engine.call('DescribeSecurityGroupSnapshots', { RegionId: R, SecurityGroupId: groupId });
    expect(after.Snapshots.Snapshot.map((s) => s.SnapshotId)).toEqual(seen.Snapshots.Snapshot.map((s) => s.SnapshotId));
  });

  it('RunScheduledTasks reports what it did and writes nothing when nothing is due', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId } = world;
    await newPolicy(engine, [groupId]);
    await allowIn(engine, groupId, tcpIn(22));
    const rows = () => JSON.stringify([...db.tables].map(([name, table]) => [name, [...table.values()]]));
    const before = rows();
    expect(await engine.call('RunScheduledTasks', {})).toMatchObject({ SnapshotsCreated: 0, SnapshotsExpired: 0 });
    expect(rows()).toBe(before);
    wait(world, 5 * MINUTE);
    expect(await engine.runDueWork()).toMatchObject({ SnapshotsCreated: 1, SnapshotsExpired: 0 });
  });
});

describe('resetWorld', () => {
  it('clears policies, snapshots, windows, the authorised role and the simulated time', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId } = world;
    await newPolicy(engine, [groupId]);
    await allowIn(engine, groupId, tcpIn(22));
    await engine.call('AdvanceClock', { Minutes: 1 });
    await engine.resetWorld(emptyWorld);
    for (const table of ['snapshotPolicies', 'snapshots', 'snapshotSchedules', 'settings'] as const) {
      expect(db.tables.get(table)!.size).toBe(0);
    }
    expect((await engine.call('DescribeClock', {})).OffsetMs).toBe(0);
    expect((await engine.call('DescribeServiceLinkedRoles', {})).TotalCount).toBe(0);
  });
});
