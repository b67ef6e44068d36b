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

export interface Storage {
  readonly kind: string;
  /** Every row of every table. */
  loadAll(): Promise<TableRows>;
  /** Writes all changes in one transaction, after checking every base revision; else writes nothing. */
  commit(changes: readonly Change[]): Promise<void>;
  /** Called when another connection (another tab) committed changes. */
  onExternalChange(listener: (tables: TableName[]) => void): () => void;
  close(): void;
}

/** The revision a change writes: one more than the base. */
export function nextRev(change: Change): number {
  return change.baseRev + 1;
}
