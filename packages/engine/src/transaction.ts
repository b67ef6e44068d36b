import type { TableName, TableTypes } from './model/tables.ts';
import type { Change, ReadSet } from './storage.ts';
import type { Entry, ReadSource } from './world.ts';

/**
 * The changes one action (or one batch of actions) makes, kept apart from the world until commit.
 * Reads see the pending writes; `changes()` lists them with the revisions they were based on, and `reads()` what
 * was read from the world without being written: a commit is checked against both (no write skew between tabs).
 * A transaction inside another reads through it, so the outermost one records every read of its actions.
 */
export class Transaction implements ReadSource {
  private writes = new Map<TableName, Map<string, unknown>>();
  private readRows = new Map<string, { table: TableName; id: string; rev: number }>();
  private readTables = new Map<TableName, number>();

  constructor(private readonly base: ReadSource) {}

  read(table: TableName, id: string): Entry | undefined {
    const pending = this.writes.get(table);
    if (pending?.has(id)) {
      const data = pending.get(id);
      return data === null ? undefined : { rev: this.base.read(table, id)?.rev ?? 0, data };
    }
    const entry = this.base.read(table, id);
    const key = `${table}/${id}`;
    if (!this.readRows.has(key)) this.readRows.set(key, { table, id, rev: entry?.rev ?? 0 });
    return entry;
  }

  tableRev(table: TableName): number {
    return this.base.tableRev(table);
  }

  *scan(table: TableName): Iterable<[string, Entry]> {
    if (!this.readTables.has(table)) this.readTables.set(table, this.base.tableRev(table));
    const pending = this.writes.get(table);
    for (const [id, entry] of this.base.scan(table)) {
      if (!pending?.has(id)) yield [id, entry];
    }
    if (!pending) return;
    for (const [id, data] of pending) {
      if (data !== null) yield [id, { rev: this.base.read(table, id)?.rev ?? 0, data }];
    }
  }

  get<K extends TableName>(table: K, id: string): TableTypes[K] | undefined {
    return this.read(table, id)?.data as TableTypes[K] | undefined;
  }

  all<K extends TableName>(table: K): TableTypes[K][] {
    return Array.from(this.scan(table), ([, entry]) => entry.data as TableTypes[K]);
  }

  put<K extends TableName>(table: K, id: string, data: TableTypes[K]): void {
    this.pendingOf(table).set(id, data);
  }

  delete(table: TableName, id: string): void {
    this.pendingOf(table).set(id, null);
  }

  get isEmpty(): boolean {
    return this.writes.size === 0;
  }

  /** Moves this transaction's writes into the one it reads through (a call inside a batch succeeded). */
  mergeInto(outer: Transaction): void {
    for (const [table, pending] of this.writes) {
      for (const [id, data] of pending) outer.pendingOf(table).set(id, data);
    }
  }

  /** What was read from the world and not written here: rows by revision, scanned tables by table revision. */
  reads(): ReadSet {
    const written = (table: TableName, id: string) => this.writes.get(table)?.has(id) ?? false;
    return {
      rows: [...this.readRows.values()].filter((r) => !written(r.table, r.id)),
      tables: [...this.readTables].map(([table, rev]) => ({ table, rev })),
    };
  }

  changes(): Change[] {
    const out: Change[] = [];
    for (const [table, pending] of this.writes) {
      for (const [id, data] of pending) {
        const baseRev = this.base.read(table, id)?.rev ?? 0;
        if (baseRev === 0 && data === null) continue; // created and deleted in the same transaction
        out.push({ table, id, baseRev, data });
      }
    }
    return out;
  }

  private pendingOf(table: TableName): Map<string, unknown> {
    let pending = this.writes.get(table);
    if (!pending) this.writes.set(table, (pending = new Map()));
    return pending;
  }
}
