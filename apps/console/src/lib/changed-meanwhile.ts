import { EngineError } from '@sg/engine';

/**
 * Stale forms. A dialog keeps the values it was opened on; its save reads the thing again in the same engine
 * transaction (`engine.batch`) and refuses when it changed meanwhile (another tab or window, or this tab before
 * its change notice arrived), instead of writing the dialog's old copy over the other change. The transaction's
 * read set makes the check and the write one step: a commit from another tab in between is a conflict too.
 */
export function changedMeanwhileError(what: string, changes: readonly string[]): EngineError {
  return new EngineError(
    'InvalidOperation.Conflict',
    `${what} changed since this dialog was opened (${changes.join('; ')}). Nothing was saved: reload the values, review them and try again.`,
    409,
  );
}

/** Throws `InvalidOperation.Conflict` when there are changes. */
export function assertUnchanged(what: string, changes: readonly string[]): void {
  if (changes.length > 0) throw changedMeanwhileError(what, changes);
}

/** Keys whose values differ between two records, as "Key: before → after" (absent values shown as "-"). */
export function fieldChanges(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => `${key}: ${shown(a[key])} → ${shown(b[key])}`);
}

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
