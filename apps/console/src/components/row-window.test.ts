import { describe, expect, it } from 'vitest';
import { rangeWith, rowSlots } from './row-window.ts';

/** Rows of 40 px, `from` to `to` inclusive. */
const items = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => ({
    index: from + k,
    start: (from + k) * 40,
    end: (from + k + 1) * 40,
  }));

describe('row window', () => {
  it('renders every row with no stand-ins when all rows are in the window', () => {
    expect(rowSlots(items(0, 2), 120)).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }]);
  });

  it('stands a gap in for the rows before and after the window, as tall as they are', () => {
    const slots = rowSlots(items(11, 12), 40 * 1000);
    expect(slots[0]).toEqual({ gap: 440, key: 'gap-before-11' });
    expect(slots.at(-1)).toEqual({ gap: 40 * (1000 - 13), key: 'gap-after' });
    expect(slots.filter((s) => 'index' in s)).toEqual([{ index: 11 }, { index: 12 }]);
  });

  it('keeps each row on the parity of its index, so striped rows stay striped as they scroll', () => {
    for (const first of [10, 11]) {
      const slots = rowSlots(items(first, first + 3), 40 * 1000);
      slots.forEach((slot, position) => {
        if ('index' in slot) expect(position % 2).toBe(slot.index % 2);
      });
    }
  });

  it('keeps a focused row rendered after it scrolls out of view, between gaps', () => {
    const range = { startIndex: 500, endIndex: 510, overscan: 2, count: 1000 };
    expect(rangeWith(range, 3)).toEqual([3, ...Array.from({ length: 15 }, (_, k) => 498 + k)]);
    expect(rangeWith(range, 505)).toEqual(Array.from({ length: 15 }, (_, k) => 498 + k));
    // A focused row a filter took away is not asked for.
    expect(rangeWith({ startIndex: 0, endIndex: 2, overscan: 2, count: 3 }, 3)).toEqual([0, 1, 2]);
    const pinned = [items(3, 3)[0]!, ...items(498, 512)];
    const slots = rowSlots(pinned, 40 * 1000);
    expect(slots.slice(0, 3)).toEqual([
      { gap: 120, key: 'gap-before-3' },
      { index: 3 },
      { gap: 40 * 494, key: 'gap-before-498' },
    ]);
  });
});
