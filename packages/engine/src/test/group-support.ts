import { createManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';
import { MemoryDatabase } from '../memory-storage.ts';
import type { SecurityGroup } from '../model/security-group.ts';

/**
 * Test helpers for this folder. No action makes a group managed (a cloud service such as ACK does that),
 * so tests write the change through a second storage connection, as another tab or the service would,
 * and the engine picks it up through its ordinary external-change path.
 */
export async function worldWithDatabase(): Promise<{ engine: Engine; db: MemoryDatabase; vpcId: string }> {
  const db = new MemoryDatabase();
  const engine = await createEngine({
    storage: db.connect(),
    idSeed: 'test',
    clock: createManualClock(),
  });
  const { VpcId: vpcId } = await engine.call('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: '172.16.0.0/12' });
  return { engine, db, vpcId };
}

/** Rewrites a stored group from outside the engine and waits until the engine has reloaded it. */
export async function patchStoredGroup(
  engine: Engine,
  db: MemoryDatabase,
  groupId: string,
  patch: Partial<SecurityGroup>,
): Promise<void> {
  const row = db.tables.get('securityGroups')!.get(groupId);
  if (!row) throw new Error(`no stored group ${groupId}`);
  const reloaded = new Promise<void>((resolve) => {
    const stop = engine.subscribe((change) => {
      if (change.external) {
        stop();
        resolve();
      }
    });
  });
  const other = db.connect();
  await other.commit([
    { table: 'securityGroups', id: groupId, baseRev: row.rev, data: { ...(row.data as SecurityGroup), ...patch } },
  ]);
  other.close();
  await reloaded;
}

/** A snapshot of every stored row, to show that a failed call wrote nothing. */
export function storedRows(db: MemoryDatabase): string {
  return JSON.stringify([...db.tables].map(([name, rows]) => [name, [...rows.values()]]));
}
