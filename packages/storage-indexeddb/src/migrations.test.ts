import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, TABLE_NAMES } from '@sg/engine';
import type { IDBPDatabase } from 'idb';
import { createV1Database, V1_FIXTURE } from './fixtures/v1-database.ts';
import { createV2Database, V2_FIXTURE } from './fixtures/v2-database.ts';
import { createV3Database, V3_FIXTURE } from './fixtures/v3-database.ts';
import { createV4Database, V4_FIXTURE } from './fixtures/v4-database.ts';
import { closeAll, freshWorld, openOn } from './fixtures/test-support.ts';
import { MIGRATIONS } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { DEFAULT_DATABASE_NAME, REGION_INDEX, SCHEMA_VERSION } from './schema.ts';

afterEach(closeAll);

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Store name -> [keyPath, index name -> index keyPath], read through a raw connection. */
function shapeOf(db: IDBPDatabase): Record<string, [unknown, Record<string, unknown>]> {
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  const shape: Record<string, [unknown, Record<string, unknown>]> = {};
  for (const name of db.objectStoreNames) {
    const store = tx.objectStore(name);
    const indexes: Record<string, unknown> = {};
    for (const index of store.indexNames) indexes[index] = store.index(index).keyPath;
    shape[name] = [store.keyPath, indexes];
  }
  return shape;
}

describe('migration list', () => {
  it('numbers migrations 1..SCHEMA_VERSION with no gap, so every version bump has its step', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    expect(MIGRATIONS.every((m) => m.description.length > 0)).toBe(true);
  });

  it('a new database has a store for every engine table (a new table needs a migration)', async () => {
    const { factory } = freshWorld();
    const db = await openDatabase(factory, 'fresh', SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...TABLE_NAMES].sort());
    db.close();
  });
});

describe('migration 1: first schema', () => {
  it('creates exactly the stores of the stored v1 fixture, keyed by id, without indexes', async () => {
    const { factory } = freshWorld();
    const migrated = await openDatabase(factory, 'through-migration-1', 1);
    const fixture = await createV1Database(factory, 'fixture');
    expect(shapeOf(migrated)).toEqual(shapeOf(fixture));
    expect(
      Object.values(shapeOf(migrated)).every(([keyPath, indexes]) => keyPath === 'id' && !Object.keys(indexes).length),
    ).toBe(true);
    migrated.close();
    fixture.close();
  });
});

describe('migration 2: byRegion index and security-group flags', () => {
  async function upgradedFixture() {
    const world = freshWorld();
    (await createV1Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const storage = await openOn(world);
    return { world, storage };
  }

  it('backfills DeletionProtection, ServiceManaged, ServiceID, IsDefault and keeps everything else', async () => {
    const { storage } = await upgradedFixture();
    const rows = await storage.loadAll();
    const oldGroups = V1_FIXTURE.stores.securityGroups!;
    expect(rows.securityGroups).toHaveLength(oldGroups.length);
    for (const old of oldGroups) {
      const row = rows.securityGroups.find((r) => r.id === old.id);
      // Same revision: the shape changed, the record did not.
      expect(row).toEqual({
        id: old.id,
        rev: old.rev,
        data: { ...old.data, DeletionProtection: false, ServiceManaged: false, ServiceID: '', IsDefault: false },
      });
    }
    expect(rows.vpcs).toEqual(byId(V1_FIXTURE.stores.vpcs!));
    expect(rows.meta).toEqual(V1_FIXTURE.stores.meta);
  });

  it('indexes every v1 store but meta by data.RegionId', async () => {
    const { world, storage } = await upgradedFixture();
    storage.close();
    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, SCHEMA_VERSION);
    const shape = shapeOf(db);
    for (const table of Object.keys(V1_FIXTURE.stores)) {
      expect(shape[table]).toEqual(['id', table === 'meta' ? {} : { [REGION_INDEX]: 'data.RegionId' }]);
    }
    const beijing = await db.getAllFromIndex('securityGroups', REGION_INDEX, 'cn-beijing');
    expect(beijing.map((r: { id: string }) => r.id)).toEqual(['sg-2zefixture00000000005']);
    expect(await db.countFromIndex('vpcs', REGION_INDEX, 'cn-hangzhou')).toBe(1);
    db.close();
  });

  it('leaves the database at version 1, data intact, when a step fails midway', async () => {
    const world = freshWorld();
    (await createV1Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const failing = {
      version: 2,
      description: 'migration 2, then a failure after it wrote',
      async upgrade(...args: Parameters<(typeof MIGRATIONS)[1]['upgrade']>) {
        await MIGRATIONS[1]!.upgrade(...args);
        throw new Error('step failed');
      },
    };
    await expect(openDatabase(world.factory, DEFAULT_DATABASE_NAME, 2, {}, [MIGRATIONS[0]!, failing])).rejects.toThrow(
      'step failed',
    );
    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, 1);
    expect(db.version).toBe(1);
    expect(shapeOf(db).securityGroups).toEqual(['id', {}]);
    expect(await db.getAll('securityGroups')).toEqual(byId(V1_FIXTURE.stores.securityGroups!));
    db.close();
  });
});

describe('migration 3: security group snapshot stores', () => {
  const NEW_STORES = ['snapshotPolicies', 'snapshots', 'snapshotSchedules', 'settings'];

  it('the v2 fixture has the shape migrations 1 and 2 create', async () => {
    const { factory } = freshWorld();
    const migrated = await openDatabase(factory, 'through-migration-2', 2);
    const fixture = await createV2Database(factory, 'fixture');
    expect(shapeOf(migrated)).toEqual(shapeOf(fixture));
    migrated.close();
    fixture.close();
  });

  it('adds the four stores, empty, and keeps every v2 row with its revision', async () => {
    const world = freshWorld();
    (await createV2Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const storage = await openOn(world);
    const rows = await storage.loadAll();
    for (const [table, old] of Object.entries(V2_FIXTURE.stores)) {
      expect(byId(rows[table as keyof typeof rows])).toEqual(byId(old));
    }
    for (const table of NEW_STORES) expect(rows[table as keyof typeof rows]).toEqual([]);
    // The new stores take writes like any other.
    await storage.commit([
      { table: 'settings', id: 'account', baseRev: 0, data: { ServiceLinkedRoles: [], ClockOffsetMs: 0 } },
    ]);
    expect((await storage.loadAll()).settings).toHaveLength(1);
  });

  it('indexes the new stores by data.RegionId, except settings, which has no region', async () => {
    const world = freshWorld();
    (await createV2Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, SCHEMA_VERSION);
    const shape = shapeOf(db);
    expect([...db.objectStoreNames].sort()).toEqual([...TABLE_NAMES].sort());
    for (const table of NEW_STORES) {
      expect(shape[table]).toEqual(['id', table === 'settings' ? {} : { [REGION_INDEX]: 'data.RegionId' }]);
    }
    // The old stores keep their indexes.
    expect(shape.securityGroups).toEqual(['id', { [REGION_INDEX]: 'data.RegionId' }]);
    db.close();
  });

  it('leaves the database at version 2, data intact, when the step fails midway', async () => {
    const world = freshWorld();
    (await createV2Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const failing = {
      version: 3,
      description: 'migration 3, then a failure after it wrote',
      async upgrade(...args: Parameters<(typeof MIGRATIONS)[2]['upgrade']>) {
        await MIGRATIONS[2]!.upgrade(...args);
        throw new Error('step failed');
      },
    };
    await expect(
      openDatabase(world.factory, DEFAULT_DATABASE_NAME, 3, {}, [MIGRATIONS[0]!, MIGRATIONS[1]!, failing]),
    ).rejects.toThrow('step failed');
    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, 2);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(Object.keys(V2_FIXTURE.stores).sort());
    expect(await db.getAll('securityGroups')).toEqual(byId(V2_FIXTURE.stores.securityGroups!));
    db.close();
  });

  it('upgrades a v1 database through 2 and 3 in one open', async () => {
    const world = freshWorld();
    (await createV1Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const storage = await openOn(world);
    const rows = await storage.loadAll();
    expect(rows.snapshots).toEqual([]);
    expect(rows.securityGroups.map((r) => r.id).sort()).toEqual(
      V1_FIXTURE.stores.securityGroups!.map((r) => r.id).sort(),
    );
  });
});

describe('migration 4: prefix-list and port-list stores', () => {
  const NEW_STORES = ['prefixLists', 'portRangeLists'];

  it('the v3 fixture has the shape migrations 1 to 3 create', async () => {
    const { factory } = freshWorld();
    const migrated = await openDatabase(factory, 'through-migration-3', 3);
    const fixture = await createV3Database(factory, 'fixture');
    expect(shapeOf(migrated)).toEqual(shapeOf(fixture));
    migrated.close();
    fixture.close();
  });

  it('adds the two stores, empty and indexed byRegion, and keeps every v3 row with its revision', async () => {
    const world = freshWorld();
    (await createV3Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const storage = await openOn(world);
    const rows = await storage.loadAll();
    for (const [table, old] of Object.entries(V3_FIXTURE.stores)) {
      expect(byId(rows[table as keyof typeof rows])).toEqual(byId(old));
    }
    for (const table of NEW_STORES) expect(rows[table as keyof typeof rows]).toEqual([]);
    storage.close();

    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, SCHEMA_VERSION);
    const shape = shapeOf(db);
    expect([...db.objectStoreNames].sort()).toEqual([...TABLE_NAMES].sort());
    for (const table of NEW_STORES) expect(shape[table]).toEqual(['id', { [REGION_INDEX]: 'data.RegionId' }]);
    // The older stores keep their indexes.
    expect(shape.snapshots).toEqual(['id', { [REGION_INDEX]: 'data.RegionId' }]);
    expect(shape.settings).toEqual(['id', {}]);
    db.close();
  });

  it('the new stores take writes and answer the region index', async () => {
    const world = freshWorld();
    (await createV3Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const storage = await openOn(world);
    const list = {
      PrefixListId: 'pl-bp1fixture00000000008',
      RegionId: 'cn-hangzhou',
      PrefixListName: 'office',
      Description: '',
      AddressFamily: 'IPv4',
      MaxEntries: 10,
      Entries: [{ Cidr: '203.0.113.0/24', Description: 'hq' }],
      CreationTime: '2024-07-01T08:00:00Z',
    } as const;
    await storage.commit([{ table: 'prefixLists', id: list.PrefixListId, baseRev: 0, data: list }]);
    expect((await storage.loadAll()).prefixLists).toEqual([{ id: list.PrefixListId, rev: 1, data: list }]);
    storage.close();
    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, SCHEMA_VERSION);
    expect(await db.countFromIndex('prefixLists', REGION_INDEX, 'cn-hangzhou')).toBe(1);
    expect(await db.countFromIndex('portRangeLists', REGION_INDEX, 'cn-hangzhou')).toBe(0);
    db.close();
  });

  it('leaves the database at version 3, data intact, when the step fails midway', async () => {
    const world = freshWorld();
    (await createV3Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const failing = {
      version: 4,
      description: 'migration 4, then a failure after it wrote',
      async upgrade(...args: Parameters<(typeof MIGRATIONS)[3]['upgrade']>) {
        await MIGRATIONS[3]!.upgrade(...args);
        throw new Error('step failed');
      },
    };
    await expect(
      openDatabase(world.factory, DEFAULT_DATABASE_NAME, 4, {}, [...MIGRATIONS.slice(0, 3), failing]),
    ).rejects.toThrow('step failed');
    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, 3);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(Object.keys(V3_FIXTURE.stores).sort());
    expect(await db.getAll('snapshots')).toEqual(byId(V3_FIXTURE.stores.snapshots!));
    db.close();
  });

  it('upgrades a v1 database through 2, 3 and 4 in one open, and an engine can use the lists', async () => {
    const world = freshWorld();
    (await createV1Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const storage = await openOn(world);
    const rows = await storage.loadAll();
    expect(rows.prefixLists).toEqual([]);
    expect(rows.portRangeLists).toEqual([]);
    const engine = await createEngine({ storage });
    const { PrefixListId } = await engine.call('CreatePrefixList', {
      RegionId: 'cn-hangzhou',
      PrefixListName: 'office',
      AddressFamily: 'IPv4',
      MaxEntries: 5,
      Entry: [{ Cidr: '203.0.113.0/24' }],
    });
    expect((await storage.loadAll()).prefixLists.map((r) => r.id)).toEqual([PrefixListId]);
    engine.close();
  });
});

describe('migration 5: the clientTokens store', () => {
  it('the v4 fixture has the shape migrations 1 to 4 create', async () => {
    const { factory } = freshWorld();
    const migrated = await openDatabase(factory, 'through-migration-4', 4);
    const fixture = await createV4Database(factory, 'fixture');
    expect(shapeOf(migrated)).toEqual(shapeOf(fixture));
    migrated.close();
    fixture.close();
  });

  it('adds the store, empty and unindexed, keeps every v4 row with its revision, and a token survives a reopen', async () => {
    const world = freshWorld();
    (await createV4Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const storage = await openOn(world);
    const rows = await storage.loadAll();
    for (const [table, old] of Object.entries(V4_FIXTURE.stores)) {
      expect(byId(rows[table as keyof typeof rows])).toEqual(byId(old));
    }
    expect(rows.clientTokens).toEqual([]);
    const engine = await createEngine({ storage });
    const create = {
      RegionId: 'cn-hangzhou',
      PrefixListName: 'retry',
      AddressFamily: 'IPv4',
      MaxEntries: 5,
      ClientToken: 'a',
    };
    const { PrefixListId } = await engine.call('CreatePrefixList', create);
    engine.close();

    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, SCHEMA_VERSION);
    expect(shapeOf(db).clientTokens).toEqual(['id', {}]);
    db.close();
    const reopened = await createEngine({ storage: await openOn(world) });
    expect((await reopened.call('CreatePrefixList', create)).PrefixListId).toBe(PrefixListId);
    reopened.close();
  });

  it('leaves the database at version 4, data intact, when the step fails midway', async () => {
    const world = freshWorld();
    (await createV4Database(world.factory, DEFAULT_DATABASE_NAME)).close();
    const failing = {
      version: 5,
      description: 'migration 5, then a failure after it wrote',
      async upgrade(...args: Parameters<(typeof MIGRATIONS)[4]['upgrade']>) {
        await MIGRATIONS[4]!.upgrade(...args);
        throw new Error('step failed');
      },
    };
    await expect(
      openDatabase(world.factory, DEFAULT_DATABASE_NAME, 5, {}, [...MIGRATIONS.slice(0, 4), failing]),
    ).rejects.toThrow('step failed');
    const db = await openDatabase(world.factory, DEFAULT_DATABASE_NAME, 4);
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual(Object.keys(V4_FIXTURE.stores).sort());
    db.close();
  });
});
