import { StorageConflictError } from './errors.ts';
import { TABLE_NAMES, type TableName } from './model/tables.ts';
import { nextRev, type Change, type ReadSet, type Row, type Storage, type TableRows } from './storage.ts';

/**
 * In-memory storage for tests and Node. Several connections to one MemoryDatabase behave like tabs
 * sharing one IndexedDB: a commit on one tells the others.
 */
export class MemoryDatabase {
  readonly tables = new Map<TableName, Map<string, Row>>(TABLE_NAMES.map((t) => [t, new Map()]));
  readonly tableRevisions = new Map<TableName, number>();
  readonly connections = new Set<(tables: TableName[], from: Storage) => void>();

  connect(): Storage {
    return createMemoryStorage(this);
  }
}

export function createMemoryStorage(database = new MemoryDatabase()): Storage {
  const listeners = new Set<(tables: TableName[]) => void>();
  const storage: Storage = {
    kind: 'memory',
    async loadAll() {
      const out = {} as TableRows;
      for (const name of TABLE_NAMES) out[name] = [...(database.tables.get(name)?.values() ?? [])];
      return out;
    },
    async tableRevisions() {
      return Object.fromEntries(database.tableRevisions);
    },
    async commit(changes: readonly Change[], reads: ReadSet = { rows: [], tables: [] }) {
      const revOf = (table: TableName, id: string) => database.tables.get(table)?.get(id)?.rev ?? 0;
      for (const change of changes) {
        if (revOf(change.table, change.id) !== change.baseRev) throw new StorageConflictError(change.table, change.id);
      }
      for (const read of reads.rows) {
        if (revOf(read.table, read.id) !== read.rev) throw new StorageConflictError(read.table, read.id);
      }
      for (const read of reads.tables) {
        if ((database.tableRevisions.get(read.table) ?? 0) !== read.rev)
          throw new StorageConflictError(read.table, '*');
      }
      for (const change of changes) {
        const table = database.tables.get(change.table)!;
        if (change.data === null) table.delete(change.id);
        else table.set(change.id, { id: change.id, rev: nextRev(change), data: change.data });
      }
      const touched = [...new Set(changes.map((c) => c.table))];
      for (const table of touched) database.tableRevisions.set(table, (database.tableRevisions.get(table) ?? 0) + 1);
      for (const notify of database.connections) notify(touched, storage);
    },
    onExternalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      database.connections.delete(relay);
    },
  };
  const relay = (tables: TableName[], from: Storage) => {
    if (from === storage) return;
    // Deliver asynchronously, like a BroadcastChannel message.
    void Promise.resolve().then(() => listeners.forEach((l) => l(tables)));
  };
  database.connections.add(relay);
  return storage;
}
