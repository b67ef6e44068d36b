import type { TableName } from './model/tables.ts';

/**
 * The storage port. The engine keeps the world in memory and writes each action's changes through
 * `commit`, all or nothing. Every row carries a revision: a change names the revision it was based on,
 * and a storage must refuse the whole commit (StorageConflictError) when any row moved on since.
 */
export interface Row {
  id: string;
  rev: number;
  data: unknown;
}

export interface Change {
  table: TableName;
  id: string;
  /** The revision the change was based on; 0 means the row must not exist yet. */
  baseRev: number;
  /** The new record, or null to delete the row. */
  data: unknown;
}

export type TableRows = Record<TableName, Row[]>;

/** Each table's revision: one more with every commit that writes a row of the table (0 before the first). */
export type TableRevisions = Partial<Record<TableName, number>>;

/**
 * What a commit's action read without writing it: rows by revision (0: the row must still be absent) and whole
 * tables by table revision (a scan: no row of the table may have changed, appeared or gone since). The storage
 * refuses the commit, as for a stale write, when any of them moved on: another tab changed what this one decided on.
 */
export interface ReadSet {
  rows: { table: TableName; id: string; rev: number }[];
  tables: { table: TableName; rev: number }[];
}

export interface Storage {
  readonly kind: string;
  /** Every row of every table. */
  loadAll(): Promise<TableRows>;
  /** The tables' revisions as stored now; read before loadAll, a later commit can only make them look older. */
  tableRevisions(): Promise<TableRevisions>;
  /**
   * Writes all changes in one transaction, after checking every base revision and everything in `reads`; else
   * writes nothing (StorageConflictError). Bumps the revision of every table it writes.
   */
  commit(changes: readonly Change[], reads?: ReadSet): Promise<void>;
  /** Called when another connection (another tab) committed changes. */
  onExternalChange(listener: (tables: TableName[]) => void): () => void;
  close(): void;
}

/** The revision a change writes: one more than the base. */
export function nextRev(change: Change): number {
  return change.baseRev + 1;
}
