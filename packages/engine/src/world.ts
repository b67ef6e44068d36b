import { TABLE_NAMES, type TableName, type TableTypes } from './model/tables.ts';
import { nextRev, type Change, type TableRevisions, type TableRows } from './storage.ts';

/** A stored record as the engine holds it: its revision and its frozen data. */
export interface Entry {
  rev: number;
  data: unknown;
}

/** What a transaction reads through: the world, or an outer transaction. */
export interface ReadSource {
  read(table: TableName, id: string): Entry | undefined;
  scan(table: TableName): Iterable<[string, Entry]>;
  /** The table's revision as this copy of the world last saw it stored. */
  tableRev(table: TableName): number;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Rows applied between pauses: a security group row may hold a thousand rules. */
const APPLY_SLICE = 50;

/**
 * The engine's in-memory copy of the stored world. Records are frozen: actions build new records
 * instead of editing old ones, so a failed action cannot leave a half-changed record behind.
 */
export class World implements ReadSource {
  private tables = new Map<TableName, Map<string, Entry>>(TABLE_NAMES.map((t) => [t, new Map()]));
  private tableRevs = new Map<TableName, number>();

  /** `revisions` must be read before `rows` (a commit in between makes them look older: a false conflict, never a lost one). */
  static fromRows(rows: TableRows, revisions: TableRevisions = {}): World {
    const world = new World();
    for (const [table, rev] of Object.entries(revisions)) world.tableRevs.set(table as TableName, rev);
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

  tableRev(table: TableName): number {
    return this.tableRevs.get(table) ?? 0;
  }

  /** The storage bumps each written table's revision once per commit; the copy does the same. */
  apply(changes: readonly Change[]): void {
    this.bumpRevisions(changes);
    this.applyRows(changes);
  }

  /**
   * As `apply`, a few rows at a time with `pause()` between them: a whole large world is written at once, and
   * freezing all of it in one go would hold a browser's main thread for seconds. The caller keeps every other use
   * of this world out until it is done (the engine's call queue does).
   */
  async applyInSlices(changes: readonly Change[], pause: () => Promise<void>): Promise<void> {
    this.bumpRevisions(changes);
    for (let start = 0; start < changes.length; start += APPLY_SLICE) {
      this.applyRows(changes.slice(start, start + APPLY_SLICE));
      await pause();
    }
  }

  private bumpRevisions(changes: readonly Change[]): void {
    for (const table of new Set(changes.map((c) => c.table))) this.tableRevs.set(table, this.tableRev(table) + 1);
  }

  private applyRows(changes: readonly Change[]): void {
    for (const change of changes) {
      const table = this.tables.get(change.table)!;
      if (change.data === null) table.delete(change.id);
      else table.set(change.id, { rev: nextRev(change), data: deepFreeze(change.data) });
    }
  }
}
