import { TABLE_NAMES, type TableName, type TableTypes } from './model/tables.ts';
import { nextRev, type Change, type TableRows } from './storage.ts';

/** A stored record as the engine holds it: its revision and its frozen data. */
export interface Entry {
  rev: number;
  data: unknown;
}

/** What a transaction reads through: the world, or an outer transaction. */
export interface ReadSource {
  read(table: TableName, id: string): Entry | undefined;
  scan(table: TableName): Iterable<[string, Entry]>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The engine's in-memory copy of the stored world. Records are frozen: actions build new records
 * instead of editing old ones, so a failed action cannot leave a half-changed record behind.
 */
export class World implements ReadSource {
  private tables = new Map<TableName, Map<string, Entry>>(TABLE_NAMES.map((t) => [t, new Map()]));

  static fromRows(rows: TableRows): World {
    const world = new World();
    for (const name of TABLE_NAMES) {
      const table = world.tables.get(name)!;
      for (const row of rows[name] ?? []) table.set(row.id, { rev: row.rev, data: deepFreeze(row.data) });
    }
    return world;
  }

  read(table: TableName, id: string): Entry | undefined {
    return this.tables.get(table)!.get(id);
  }

  scan(table: TableName): Iterable<[string, Entry]> {
    return this.tables.get(table)!.entries();
  }

  get<K extends TableName>(table: K, id: string): TableTypes[K] | undefined {
    return this.read(table, id)?.data as TableTypes[K] | undefined;
  }

  apply(changes: readonly Change[]): void {
    for (const change of changes) {
      const table = this.tables.get(change.table)!;
      if (change.data === null) table.delete(change.id);
      else table.set(change.id, { rev: nextRev(change), data: deepFreeze(change.data) });
    }
  }
}
