import type { IDBPDatabase, IDBPTransaction } from 'idb';

export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * One step of the schema history. `upgrade` runs inside the open request's versionchange transaction, so a
 * failing step aborts the whole upgrade and the database stays at its old version, data intact.
 * It may be async, but may only await IndexedDB requests of `tx` (any other await lets the transaction commit).
 */
export interface Migration {
  version: number;
  description: string;
  upgrade(db: IDBPDatabase, tx: UpgradeTransaction): void | Promise<void>;
}

// Frozen copies of what each version shipped. Migrations describe history, so they must never read today's
// model (TABLE_NAMES may grow; a new table needs a new migration, not an edit to this list).
const V1_TABLES = ['meta', 'vpcs', 'vSwitches', 'instances', 'networkInterfaces', 'securityGroups'] as const;
const V2_SECURITY_GROUP_DEFAULTS = {
  DeletionProtection: false,
  ServiceManaged: false,
  ServiceID: '',
  IsDefault: false,
} as const;
/** Stores added by version 3, and whether their records carry a RegionId to index. */
const V3_TABLES = [
  ['snapshotPolicies', true],
  ['snapshots', true],
  ['snapshotSchedules', true],
  ['settings', false],
] as const;
/** Stores added by version 4; both hold regional records. */
const V4_TABLES = ['prefixLists', 'portRangeLists'] as const;
/** The store added by version 5: account-wide rows, no region. */
const V5_TABLE = 'clientTokens';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'One object store per table, rows { id, rev, data } keyed by id.',
    upgrade(db) {
      for (const table of V1_TABLES) db.createObjectStore(table, { keyPath: 'id' });
    },
  },
  {
    version: 2,
    description:
      'Index byRegion on data.RegionId in every store but meta; security groups gain DeletionProtection, ' +
      'ServiceManaged, ServiceID and IsDefault (false, false, "", false).',
    async upgrade(_db, tx) {
      for (const table of V1_TABLES) {
        if (table !== 'meta') tx.objectStore(table).createIndex('byRegion', 'data.RegionId');
      }
      let cursor = await tx.objectStore('securityGroups').openCursor();
      while (cursor) {
        const row = cursor.value as { id: string; rev: number; data: unknown };
        const data = row.data;
        if (data && typeof data === 'object') {
          // Defaults first: a value already present wins, so running the step twice changes nothing.
          const upgraded = { ...V2_SECURITY_GROUP_DEFAULTS, ...data };
          // The revision stays: this is the same record in a new shape, not a user's change, and no other
          // connection can hold the old row (an upgrade only runs once every old connection has closed).
          if (Object.keys(upgraded).length !== Object.keys(data).length)
            await cursor.update({ ...row, data: upgraded });
        }
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 3,
    description:
      'Security group snapshots: stores snapshotPolicies, snapshots and snapshotSchedules (index byRegion on ' +
      'data.RegionId) and settings (one account row, no region), all empty.',
    upgrade(db) {
      for (const [table, regional] of V3_TABLES) {
        const store = db.createObjectStore(table, { keyPath: 'id' });
        if (regional) store.createIndex('byRegion', 'data.RegionId');
      }
    },
  },
  {
    version: 4,
    description:
      'Prefix lists and port lists: stores prefixLists and portRangeLists (index byRegion on data.RegionId), empty. ' +
      'Existing rules keep their (empty) SourcePrefixListId, DestPrefixListId and PortRangeListId.',
    upgrade(db) {
      for (const table of V4_TABLES) {
        db.createObjectStore(table, { keyPath: 'id' }).createIndex('byRegion', 'data.RegionId');
      }
    },
  },
  {
    version: 5,
    description:
      'ClientTokens of successful calls (idempotent retries): store clientTokens (account-wide, no index), empty. ' +
      'Records stored before gain no fields here: the engine reads their later fields with defaults.',
    upgrade(db) {
      db.createObjectStore(V5_TABLE, { keyPath: 'id' });
    },
  },
];

/** Applies, in order, every migration above `oldVersion` up to and including `newVersion`. */
export async function runMigrations(
  db: IDBPDatabase,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  for (const migration of migrations) {
    if (migration.version > oldVersion && migration.version <= newVersion) await migration.upgrade(db, tx);
  }
}
