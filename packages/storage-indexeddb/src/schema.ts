/**
 * The shape of the database on disk. The engine's tables map one-to-one onto object stores whose rows are
 * `{ id, rev, data }` keyed by `id`; `rev` is the revision the engine's conflict check compares.
 */

/**
 * The on-disk schema version. DO NOT CHANGE WITHOUT ADDING A MIGRATION to migrations.ts (and a test that
 * upgrades a stored fixture of the previous version): browsers keep users' data across releases, and a
 * version bump without a migration leaves their databases without the stores or fields this code expects.
 */
export const SCHEMA_VERSION = 5;

export const DEFAULT_DATABASE_NAME = 'sg-console';
export const DEFAULT_CHANNEL_NAME = 'sg-console-changes';

/** Index on `data.RegionId`, on every store whose records have one: all but `meta`, `settings` and `clientTokens` (migrations 2–5). */
export const REGION_INDEX = 'byRegion';

/** One stored row, as every object store holds it. */
export interface StoredRow {
  id: string;
  rev: number;
  data: unknown;
}
