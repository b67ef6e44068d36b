import { isEngineError } from '@sg/engine';
import { describe, expect, it } from 'vitest';
import { groupSetChanges } from '../components/change-security-groups/group-set-changes.ts';
import { assertUnchanged, fieldChanges } from './changed-meanwhile.ts';

describe('stale form checks', () => {
  it('names the fields that differ, with both values', () => {
    expect(fieldChanges({ PortRange: '22/22', Description: 'a' }, { PortRange: '80/80', Description: 'a' })).toEqual([
      'PortRange: 22/22 → 80/80',
    ]);
    expect(fieldChanges({ Description: 'a' }, { Description: 'a', Priority: 5 })).toEqual(['Priority: - → 5']);
    expect(fieldChanges({ Priority: 1 }, { Priority: 1 })).toEqual([]);
  });

  it('says which groups were added, removed or reordered', () => {
    expect(groupSetChanges(['sg-a', 'sg-b'], ['sg-b', 'sg-c'])).toEqual(['added sg-c', 'removed sg-a']);
    expect(groupSetChanges(['sg-a', 'sg-b'], ['sg-b', 'sg-a'])).toEqual(['reordered: sg-b, sg-a']);
    expect(groupSetChanges(['sg-a'], ['sg-a'])).toEqual([]);
  });

  it('refuses with InvalidOperation.Conflict only when something changed', () => {
    expect(() => assertUnchanged('Rule sgr-1', [])).not.toThrow();
    try {
      assertUnchanged('Rule sgr-1', ['PortRange: 22/22 → 80/80']);
      expect.unreachable();
    } catch (error) {
      expect(isEngineError(error) && error.Code).toBe('InvalidOperation.Conflict');
      expect(String((error as Error).message)).toContain('Rule sgr-1 changed since this dialog was opened');
    }
  });
});
