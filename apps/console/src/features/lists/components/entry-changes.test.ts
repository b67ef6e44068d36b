import { describe, expect, it } from 'vitest';
import { blankEntryRow, entryChanges, entryRowOf, type EntryRow } from './entry-changes.ts';

const row = (changes: Partial<EntryRow>): EntryRow => ({ ...blankEntryRow(), ...changes });

describe('entryChanges', () => {
  it('adds new rows (trimmed) and skips blank ones, keeping the row index of each', () => {
    const rows = [row({ Key: ' 10.0.0.0/8 ', Description: 'VPN' }), blankEntryRow(), row({ Key: '192.0.2.0/24' })];
    expect(entryChanges(rows)).toEqual({
      adds: [
        { rowIndex: 0, entry: { Key: '10.0.0.0/8', Description: 'VPN' } },
        { rowIndex: 2, entry: { Key: '192.0.2.0/24', Description: '' } },
      ],
      removes: [],
    });
  });

  it('re-adds an existing entry whose description changed and removes the removed ones', () => {
    const kept = entryRowOf({ Key: '10.0.0.0/8', Description: 'VPN' });
    const described = { ...entryRowOf({ Key: '198.51.100.0/24', Description: '' }), Description: 'Branch' };
    const removed = { ...entryRowOf({ Key: '203.0.113.0/24', Description: 'Old' }), isRemoved: true };
    expect(entryChanges([kept, described, removed])).toEqual({
      adds: [{ rowIndex: 1, entry: { Key: '198.51.100.0/24', Description: 'Branch' } }],
      removes: [{ rowIndex: 2, entry: { Key: '203.0.113.0/24', Description: 'Old' } }],
    });
  });
});
