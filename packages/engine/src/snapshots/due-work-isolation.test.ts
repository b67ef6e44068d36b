import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine } from '../engine.ts';
import { MemoryDatabase } from '../memory-storage.ts';
import type { Storage } from '../storage.ts';
import { expectCode } from '../test/expect-code.ts';
import { allowIn, MINUTE, newPolicy, R, START, tcpIn } from '../test/snapshot-support.ts';

/**
 * Due work (the snapshot of a closed 5-minute window) must not break calls: a read never writes it and never
 * fails on it, and a write goes on when storing it fails. Only RunScheduledTasks reports the failure. The disk
 * fills up once the snapshot is due.
 */
async function worldWithDueWork(fullFor: (tables: string[]) => boolean) {
  let full = false;
  const db = new MemoryDatabase();
  const inner = db.connect();
  let commits = 0;
  // The disk is full for the writes `fullFor` says, as a browser's quota would make it.
  const storage: Storage = {
    ...inner,
    async commit(changes, reads) {
      if (full && fullFor(changes.map((c) => c.table)))
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      commits += 1;
      return inner.commit(changes, reads);
    },
  };
  const clock = createManualClock(START);
  const engine = await createEngine({ storage, clock, idSeed: 'due' });
  const { VpcId } = await engine.call('CreateVpc', { RegionId: R, CidrBlock: '172.16.0.0/12' });
  const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId });
  await newPolicy(engine, [SecurityGroupId]);
  await allowIn(engine, SecurityGroupId, tcpIn(22));
  clock.advance(5 * MINUTE);
  full = true;
  return { engine, db, groupId: SecurityGroupId, commits: () => commits };
}

describe('due work stays out of calls', () => {
  it('a read writes nothing, even with a snapshot due', async () => {
    const { engine, commits } = await worldWithDueWork(() => false);
    const before = commits();
    await engine.call('DescribeSecurityGroups', { RegionId: R });
    await expectCode(
      engine.call('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/8', DryRun: true }),
      'DryRunOperation',
    );
    expect(commits()).toBe(before);
  });

  it('reads and unrelated writes keep working when storing the due snapshot fails; RunScheduledTasks reports it', async () => {
    const { engine, db, groupId } = await worldWithDueWork((tables) => tables.includes('snapshots'));
    const groups = await engine.call('DescribeSecurityGroups', { RegionId: R });
    expect(groups.TotalCount).toBe(1);
    const seen = await engine.call('DescribeSecurityGroupSnapshots', { RegionId: R, SecurityGroupId: groupId });
    expect(seen.Snapshots.Snapshot).toHaveLength(2);
    const { VpcId } = await engine.call('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/8' });
    expect(db.tables.get('vpcs')!.has(VpcId)).toBe(true);
    expect(db.tables.get('snapshots')!.size).toBe(1);
    await expect(engine.runDueWork()).rejects.toMatchObject({ Code: 'StorageQuotaExceeded', HttpStatus: 507 });
  });

  it('a write the full storage refuses says so, and changes nothing', async () => {
    const { engine, db } = await worldWithDueWork(() => true);
    const before = db.tables.get('vpcs')!.size;
    await expectCode(engine.call('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/8' }), 'StorageQuotaExceeded');
    expect(db.tables.get('vpcs')!.size).toBe(before);
    expect((await engine.call('DescribeVpcs', { RegionId: R })).TotalCount).toBe(before);
  });
});
