import type { IDBPDatabase, IDBPTransaction } from 'idb';
import {
  StorageConflictError,
  TABLE_NAMES,
  type Change,
  type ReadSet,
  type Storage,
  type TableName,
  type TableRevisions,
  type TableRows,
} from '@sg/engine';
import { openChangeChannel } from './change-channel.ts';
import { openDatabase, type ConnectionCallbacks } from './open-database.ts';
import { DEFAULT_CHANNEL_NAME, DEFAULT_DATABASE_NAME, SCHEMA_VERSION, type StoredRow } from './schema.ts';

export { SCHEMA_VERSION, DEFAULT_DATABASE_NAME, DEFAULT_CHANNEL_NAME, REGION_INDEX } from './schema.ts';
export type { StoredRow } from './schema.ts';
export { MIGRATIONS } from './migrations.ts';
export type { Migration } from './migrations.ts';
export { NewerSchemaError } from './open-database.ts';

export interface IndexedDbStorageOptions extends ConnectionCallbacks {
  /** Database name; `sg-console` by default. */
  name?: string;
  /** The IndexedDB to use; the global `indexedDB` by default (tests pass a fresh fake-indexeddb factory). */
  indexedDB?: IDBFactory;
  /** BroadcastChannel name for change notices; `sg-console-changes` by default. */
  channelName?: string;
}

/** Raised by a storage whose connection was closed (by close(), or for another tab's newer version). */
export class DatabaseClosedError extends Error {
  constructor() {
    super('The database connection is closed (another tab may have opened a newer version); reload the page.');
    this.name = 'DatabaseClosedError';
  }
}

function abortQuietly(tx: IDBPTransaction<unknown, string[], IDBTransactionMode>): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (a failed request aborts its transaction by itself).
  }
}

/**
 * The tables' revisions (TableRevisions) live in one bookkeeping row of the `meta` store, which every commit
 * writes: no schema change was needed, and loadAll leaves the row out of the engine's `meta` table.
 */
const TABLE_REVISIONS_STORE: TableName = 'meta';
const TABLE_REVISIONS_ID = '~tableRevisions';

/**
 * How long a commit issues requests before the page gets a turn. A commit may hold a whole world (a large world's
 * build writes tens of thousands of rows, each cloned as it is put): issued at once they would hold the main thread
 * for seconds. Between turns the transaction stays active: each turn starts from the events of its own requests.
 */
const TURN_MS = 30;

/** Rows a load reads per request (see loadAll). */
const LOAD_PAGE_ROWS = 50;

async function inTurns<T, R>(items: readonly T[], issue: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let pending: Promise<R>[] = [];
  let turnStart = performance.now();
  for (const item of items) {
    pending.push(issue(item));
    if (performance.now() - turnStart < TURN_MS) continue;
    out.push(...(await Promise.all(pending)));
    pending = [];
    turnStart = performance.now();
  }
  out.push(...(await Promise.all(pending)));
  return out;
}

/** The engine's storage port on IndexedDB: one store per table, one transaction per commit, revision-checked. */
export async function openIndexedDbStorage(options: IndexedDbStorageOptions = {}): Promise<Storage> {
  const name = options.name ?? DEFAULT_DATABASE_NAME;
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) throw new Error('IndexedDB is not available in this environment.');

  let open = true;
  const db: IDBPDatabase = await openDatabase(factory, name, SCHEMA_VERSION, {
    onBlocked: options.onBlocked,
    onVersionChange() {
      open = false;
      options.onVersionChange?.();
    },
  });

  // A table added to the engine without a migration would otherwise fail later, on some unrelated write.
  const missing = TABLE_NAMES.filter((table) => !db.objectStoreNames.contains(table));
  if (missing.length > 0) {
    db.close();
    throw new Error(`Database "${name}" has no object store for ${missing.join(', ')}: add a migration (schema.ts).`);
  }

  const channel = openChangeChannel(options.channelName ?? DEFAULT_CHANNEL_NAME);

  function assertOpen(): void {
    if (!open) throw new DatabaseClosedError();
  }

  return {
    kind: 'indexeddb',

    async loadAll() {
      assertOpen();
      // One transaction: every table is read from the same committed state, never half of another tab's commit.
      const tx = db.transaction([...TABLE_NAMES], 'readonly');
      const lists = await Promise.all(
        TABLE_NAMES.map(async (table) => {
          // In pages: each result is read back (structured clone) in its own task, so a large world's load never
          // holds the page for the whole of a table (500 groups of up to 1,000 rules took one 370 ms task).
          const store = tx.objectStore(table);
          const rows: StoredRow[] = [];
          for (;;) {
            const after = rows.length === 0 ? undefined : IDBKeyRange.lowerBound(rows.at(-1)!.id, true);
            const page = (await store.getAll(after, LOAD_PAGE_ROWS)) as StoredRow[];
            rows.push(...page);
            if (page.length < LOAD_PAGE_ROWS) return rows;
          }
        }),
      );
      await tx.done;
      const out = {} as TableRows;
      TABLE_NAMES.forEach((table, i) => {
        const rows = (lists[i] ?? []).filter((row) => row.id !== TABLE_REVISIONS_ID);
        out[table] = rows.map(({ id, rev, data }) => ({ id, rev, data }));
      });
      return out;
    },

    async tableRevisions() {
      assertOpen();
      const row = (await db.get(TABLE_REVISIONS_STORE, TABLE_REVISIONS_ID)) as StoredRow | undefined;
      return (row?.data ?? {}) as TableRevisions;
    },

    async commit(changes: readonly Change[], reads: ReadSet = { rows: [], tables: [] }) {
      assertOpen();
      if (changes.length === 0) return;
      const tables: TableName[] = [...new Set(changes.map((c) => c.table))];
      const scope = [...new Set([...tables, ...reads.rows.map((r) => r.table), TABLE_REVISIONS_STORE])];
      const tx = db.transaction(scope, 'readwrite');
      // Errors are reported through the awaits below; this only keeps an abort from being an unhandled rejection.
      tx.done.catch(() => undefined);
      const writes: Promise<unknown>[] = [];
      try {
        // The check runs inside the write transaction: IndexedDB serialises overlapping readwrite transactions,
        // so no other tab can commit between this read and the writes below.
        const current = await inTurns(
          changes,
          (c) => tx.objectStore(c.table).get(c.id) as Promise<StoredRow | undefined>,
        );
        const stale = changes.find((c, i) => (current[i]?.rev ?? 0) !== c.baseRev);
        if (stale) throw new StorageConflictError(stale.table, stale.id);
        // What the actions only read must be as they saw it too: rows by revision, scanned tables by table revision.
        const readRows = await inTurns(
          reads.rows,
          (r) => tx.objectStore(r.table).get(r.id) as Promise<StoredRow | undefined>,
        );
        const moved = reads.rows.find((r, i) => (readRows[i]?.rev ?? 0) !== r.rev);
        if (moved) throw new StorageConflictError(moved.table, moved.id);
        const revisionsStore = tx.objectStore(TABLE_REVISIONS_STORE);
        const stored = (await revisionsStore.get(TABLE_REVISIONS_ID)) as StoredRow | undefined;
        const revisions = { ...((stored?.data ?? {}) as TableRevisions) };
        const changed = reads.tables.find((t) => (revisions[t.table] ?? 0) !== t.rev);
        if (changed) throw new StorageConflictError(changed.table, '*');
        for (const table of tables) revisions[table] = (revisions[table] ?? 0) + 1;
        writes.push(
          revisionsStore.put({ id: TABLE_REVISIONS_ID, rev: (stored?.rev ?? 0) + 1, data: revisions } as StoredRow),
        );
        await inTurns(changes, (c) => {
          const store = tx.objectStore(c.table);
          const row: StoredRow = { id: c.id, rev: c.baseRev + 1, data: c.data };
          // put() throws synchronously on uncloneable data, after earlier writes were already issued.
          const write: Promise<unknown> = c.data === null ? store.delete(c.id) : store.put(row);
          writes.push(write);
          return write;
        });
        await Promise.all([...writes, tx.done]);
      } catch (error) {
        // Nothing of the batch may land: abort undoes any write already issued in this transaction, whose
        // promises then reject with AbortError; the caller gets the cause instead.
        abortQuietly(tx);
        writes.forEach((write) => write.catch(() => undefined));
        throw error;
      }
      channel.post(tables);
    },

    onExternalChange(listener) {
      return channel.listen(listener);
    },

    close() {
      open = false;
      db.close();
      channel.close();
    },
  };
}
