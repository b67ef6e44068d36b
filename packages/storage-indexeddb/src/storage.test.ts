import { afterEach, describe, expect, it } from 'vitest';
import { StorageConflictError, type Change, type TableName } from '@sg/engine';
import { closeAll, freshWorld, openOn } from './fixtures/test-support.ts';

afterEach(closeAll);

const vpc = (id: string, name = '') => ({ VpcId: id, RegionId: 'cn-hangzhou', VpcName: name, CidrBlock: '10.0.0.0/8' });
const put = (table: TableName, id: string, baseRev: number, data: unknown): Change => ({ table, id, baseRev, data });

describe('IndexedDB storage', () => {
  it('reports its kind and starts empty', async () => {
    const storage = await openOn(freshWorld());
    expect(storage.kind).toBe('indexeddb');
    const rows = await storage.loadAll();
    expect(Object.values(rows).every((list) => list.length === 0)).toBe(true);
  });

  it('reads back what it wrote after a reopen, with rev = baseRev + 1', async () => {
    const world = freshWorld();
    const first = await openOn(world);
    await first.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1')), put('meta', 'world', 0, { IdCounter: 1 })]);
    await first.commit([put('vpcs', 'vpc-1', 1, vpc('vpc-1', 'renamed'))]);
    first.close();

    const rows = await (await openOn(world)).loadAll();
    expect(rows.vpcs).toEqual([{ id: 'vpc-1', rev: 2, data: vpc('vpc-1', 'renamed') }]);
    expect(rows.meta).toEqual([{ id: 'world', rev: 1, data: { IdCounter: 1 } }]);
  });

  it('reads a table of many pages whole, in key order, each row once', async () => {
    const world = freshWorld();
    const first = await openOn(world);
    const ids = Array.from({ length: 173 }, (_, i) => `vpc-${String(i).padStart(3, '0')}`);
    await first.commit(ids.map((id) => put('vpcs', id, 0, vpc(id))));
    first.close();
    const rows = await (await openOn(world)).loadAll();
    expect(rows.vpcs.map((r) => r.id)).toEqual(ids);
  });

  it('deletes a row whose base revision matches', async () => {
    const storage = await openOn(freshWorld());
    await storage.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1')), put('vpcs', 'vpc-2', 0, vpc('vpc-2'))]);
    await storage.commit([put('vpcs', 'vpc-1', 1, null)]);
    expect((await storage.loadAll()).vpcs.map((r) => r.id)).toEqual(['vpc-2']);
  });

  it('refuses to delete a row with a stale base revision', async () => {
    const storage = await openOn(freshWorld());
    await storage.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1'))]);
    await storage.commit([put('vpcs', 'vpc-1', 1, vpc('vpc-1', 'b'))]);
    await expect(storage.commit([put('vpcs', 'vpc-1', 1, null)])).rejects.toBeInstanceOf(StorageConflictError);
    expect((await storage.loadAll()).vpcs).toHaveLength(1);
  });

  it('refuses an insert (baseRev 0) when the row already exists', async () => {
    const storage = await openOn(freshWorld());
    await storage.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1', 'first'))]);
    const error = await storage.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1', 'second'))]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageConflictError);
    expect(error).toMatchObject({ table: 'vpcs', id: 'vpc-1' });
    expect((await storage.loadAll()).vpcs[0]).toMatchObject({ rev: 1, data: { VpcName: 'first' } });
  });

  it('writes nothing of a batch when one change is stale', async () => {
    const storage = await openOn(freshWorld());
    await storage.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1'))]);
    const batch = [
      put('meta', 'world', 0, { IdCounter: 9 }),
      put('securityGroups', 'sg-1', 0, { SecurityGroupId: 'sg-1' }),
      put('vpcs', 'vpc-2', 0, vpc('vpc-2')),
      put('vpcs', 'vpc-1', 0, vpc('vpc-1', 'clobber')), // stale: vpc-1 exists at rev 1
    ];
    await expect(storage.commit(batch)).rejects.toBeInstanceOf(StorageConflictError);
    const rows = await storage.loadAll();
    expect(rows.meta).toEqual([]);
    expect(rows.securityGroups).toEqual([]);
    expect(rows.vpcs).toEqual([{ id: 'vpc-1', rev: 1, data: vpc('vpc-1') }]);
  });

  it('writes nothing of a batch when a write itself fails (uncloneable data)', async () => {
    const storage = await openOn(freshWorld());
    const batch = [put('vpcs', 'vpc-1', 0, vpc('vpc-1')), put('vpcs', 'vpc-2', 0, { fn: () => 1 })];
    await expect(storage.commit(batch)).rejects.toThrow();
    expect((await storage.loadAll()).vpcs).toEqual([]);
  });

  it('commits a large batch (a large world: several turns of requests) whole, or nothing of it', async () => {
    const storage = await openOn(freshWorld());
    const many = Array.from({ length: 5_000 }, (_, i) => put('vpcs', `vpc-${i}`, 0, vpc(`vpc-${i}`)));
    await storage.commit(many);
    expect((await storage.loadAll()).vpcs).toHaveLength(5_000);
    const renamed = many.map((c) => put('vpcs', c.id, 1, vpc(c.id, 'renamed')));
    const failing = [...renamed.slice(0, 4_000), put('vpcs', 'vpc-x', 0, { bad: () => 1 }), ...renamed.slice(4_000)];
    await expect(storage.commit(failing)).rejects.toThrow();
    expect(
      (await storage.loadAll()).vpcs.every((r) => r.rev === 1 && (r.data as { VpcName: string }).VpcName === ''),
    ).toBe(true);
  });

  it('turns a lost update between two connections into a conflict', async () => {
    const world = freshWorld();
    const tabA = await openOn(world);
    const tabB = await openOn(world);
    await tabA.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1', 'base'))]);
    // Both tabs read rev 1 and edit it; the first write wins, the second must not overwrite it silently.
    await tabA.commit([put('vpcs', 'vpc-1', 1, vpc('vpc-1', 'from-a'))]);
    await expect(tabB.commit([put('vpcs', 'vpc-1', 1, vpc('vpc-1', 'from-b'))])).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    expect((await tabB.loadAll()).vpcs).toEqual([{ id: 'vpc-1', rev: 2, data: vpc('vpc-1', 'from-a') }]);
  });

  it('tells other connections, never itself, which tables a commit changed', async () => {
    const world = freshWorld();
    const tabA = await openOn(world);
    const tabB = await openOn(world);
    const heardByA: TableName[][] = [];
    const heardByB: TableName[][] = [];
    tabA.onExternalChange((tables) => heardByA.push(tables));
    const bHeard = new Promise<void>((resolve) =>
      tabB.onExternalChange((tables) => (heardByB.push(tables), resolve())),
    );

    await tabA.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1')), put('meta', 'world', 0, {})]);
    await bHeard;
    expect(heardByB).toEqual([['vpcs', 'meta']]);

    // A's own post would have arrived before B's reply: A hearing only B's tables shows it never heard itself.
    const aHeard = new Promise<void>((resolve) => tabA.onExternalChange(() => resolve()));
    await tabB.commit([put('securityGroups', 'sg-1', 0, { SecurityGroupId: 'sg-1' })]);
    await aHeard;
    expect(heardByA).toEqual([['securityGroups']]);
  });

  it('stops delivering after unsubscribe and after close', async () => {
    const world = freshWorld();
    const tabA = await openOn(world);
    const tabB = await openOn(world);
    const tabC = await openOn(world);
    const heardByB: TableName[][] = [];
    const stop = tabB.onExternalChange((tables) => heardByB.push(tables));
    stop();
    const cHeard = new Promise<void>((resolve) => tabC.onExternalChange(() => resolve()));
    await tabA.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1'))]);
    await cHeard;
    expect(heardByB).toEqual([]);
    tabC.close();
    await expect(tabC.loadAll()).rejects.toThrow(/closed/);
  });
});

describe('read sets: what a commit decided on must not have moved', () => {
  it('refuses a commit whose read row another connection changed, and writes nothing', async () => {
    const world = freshWorld();
    const tabA = await openOn(world);
    const tabB = await openOn(world);
    await tabA.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1')), put('vpcs', 'vpc-2', 0, vpc('vpc-2'))]);
    await tabA.commit([put('vpcs', 'vpc-1', 1, null)]);
    // Tab B decided on vpc-1 as it was (rev 1) and writes vpc-2 only.
    await expect(
      tabB.commit([put('vpcs', 'vpc-2', 1, vpc('vpc-2', 'b'))], {
        rows: [{ table: 'vpcs', id: 'vpc-1', rev: 1 }],
        tables: [],
      }),
    ).rejects.toBeInstanceOf(StorageConflictError);
    expect((await tabB.loadAll()).vpcs).toEqual([{ id: 'vpc-2', rev: 1, data: vpc('vpc-2') }]);
  });

  it('counts a scan by table revision: a row added, changed or removed since refuses the commit', async () => {
    const world = freshWorld();
    const storage = await openOn(world);
    expect(await storage.tableRevisions()).toEqual({});
    await storage.commit([put('vpcs', 'vpc-1', 0, vpc('vpc-1')), put('meta', 'world', 0, { IdCounter: 1 })]);
    const seen = await storage.tableRevisions();
    expect(seen).toMatchObject({ vpcs: 1, meta: 1 });
    await storage.commit([put('vpcs', 'vpc-2', 0, vpc('vpc-2'))]);
    await expect(
      storage.commit([put('meta', 'world', 1, { IdCounter: 2 })], {
        rows: [],
        tables: [{ table: 'vpcs', rev: seen.vpcs! }],
      }),
    ).rejects.toBeInstanceOf(StorageConflictError);
    await storage.commit([put('meta', 'world', 1, { IdCounter: 2 })], {
      rows: [],
      tables: [{ table: 'vpcs', rev: 2 }],
    });
    // The bookkeeping row never reaches the engine's meta table.
    expect((await storage.loadAll()).meta.map((r) => r.id)).toEqual(['world']);
  });
});
