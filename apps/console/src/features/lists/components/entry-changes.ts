import { randomId } from '@mantine/hooks';
import type { ListEntryView } from '../../../views/list-views.ts';

/** One row of the entry editor: a new entry, or an existing one (its key fixed) that may be re-described or removed. */
export interface EntryRow {
  /** React key. */
  rowKey: string;
  Key: string;
  Description: string;
  /** The entry as stored, for rows of an existing list. */
  original: ListEntryView | null;
  isRemoved: boolean;
}

export interface EntryChange {
  rowIndex: number;
  entry: ListEntryView;
}

export function blankEntryRow(): EntryRow {
  return { rowKey: randomId(), Key: '', Description: '', original: null, isRemoved: false };
}

export function entryRowOf(entry: ListEntryView): EntryRow {
  return { rowKey: randomId(), Key: entry.Key, Description: entry.Description, original: entry, isRemoved: false };
}

export function isBlankEntryRow(row: EntryRow): boolean {
  return row.original === null && row.Key.trim() === '' && row.Description === '';
}

/**
 * What the rows ask for, as the API's entry parameters: new rows (blank ones skipped) and re-described entries
 * are added (re-adding a CIDR replaces its description, the documented way), removed entries are removed.
 */
export function entryChanges(rows: readonly EntryRow[]): { adds: EntryChange[]; removes: EntryChange[] } {
  const adds: EntryChange[] = [];
  const removes: EntryChange[] = [];
  rows.forEach((row, rowIndex) => {
    if (row.original === null) {
      if (!isBlankEntryRow(row)) adds.push({ rowIndex, entry: { Key: row.Key.trim(), Description: row.Description } });
    } else if (row.isRemoved) {
      removes.push({ rowIndex, entry: row.original });
    } else if (row.Description !== row.original.Description) {
      adds.push({ rowIndex, entry: { Key: row.original.Key, Description: row.Description } });
    }
  });
  return { adds, removes };
}
