import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useState, type FocusEvent, type Key } from 'react';

/**
 * Tables of more rows than this render only the rows in view (and a few around them); smaller tables, such as every
 * group of the demo world (under 30 rules), render every row as before.
 */
export const WINDOWED_ABOVE = 100;

/** The rows rendered either side of the ones in view, so a fast scroll or a Tab to the next row finds one there. */
const OVERSCAN = 10;

/** A rendered row, or a stand-in row: a gap as tall as the rows not rendered, or a hidden filler that keeps stripes. */
export type RowSlot = { index: number } | { gap: number; key: string };

export interface WindowRowProps {
  'aria-rowindex': number;
  'data-index': number;
  ref: (element: HTMLTableRowElement | null) => void;
  onFocus: (event: FocusEvent<HTMLTableRowElement>) => void;
  onBlur: (event: FocusEvent<HTMLTableRowElement>) => void;
}

export interface RowWindow {
  isWindowed: boolean;
  /** Goes on the scroll box around the table; only a windowed table has one of its own. */
  setScrollBox: (element: HTMLDivElement | null) => void;
  slots: RowSlot[];
  /** A windowed row's props: its position for screen readers, its measuring ref, and focus keeping it rendered. */
  rowProps: (index: number) => Partial<WindowRowProps>;
  /** The table's total row count (header row included) for screen readers, when not every row is in the DOM. */
  tableProps: { 'aria-rowcount'?: number };
}

/**
 * Places the rows between `gap` rows standing in for the ones not rendered, with hidden filler rows where needed so
 * that each row keeps the parity of its index: striped tables (`nth-of-type(odd)`) then stripe as with every row.
 */
export function rowSlots(items: { index: number; start: number; end: number }[], totalSize: number): RowSlot[] {
  const slots: RowSlot[] = [];
  let end = 0;
  let rendered = 0;
  for (const item of items) {
    if (item.start > end) {
      slots.push({ gap: item.start - end, key: `gap-before-${item.index}` });
      rendered += 1;
    }
    if (rendered % 2 !== item.index % 2) {
      slots.push({ gap: 0, key: `filler-before-${item.index}` });
      rendered += 1;
    }
    slots.push({ index: item.index });
    rendered += 1;
    end = item.end;
  }
  if (totalSize > end) slots.push({ gap: totalSize - end, key: 'gap-after' });
  return slots;
}

/** The rows in view plus the focused row, wherever it is: a row scrolled away keeps its focus (and its checkbox). */
export function rangeWith(range: Range, pinned: number | null): number[] {
  const indexes = defaultRangeExtractor(range);
  if (pinned === null || pinned >= range.count || indexes.includes(pinned)) return indexes;
  return [...indexes, pinned].sort((a, b) => a - b);
}

/**
 * Windows a table's rows with TanStack Virtual once it has more than WINDOWED_ABOVE of them: the DOM then holds the
 * rows in view, and `aria-rowcount` / `aria-rowindex` tell screen readers the whole. Rows are measured as they render,
 * so rows of two lines take their height. Sorting, filtering and selection stay with the caller's full row list.
 */
export function useRowWindow(count: number, keyOf: (index: number) => Key, estimatedRowHeight: number): RowWindow {
  // State, not a ref: the virtualizer measures the box once it is there, and renders again then.
  const [scrollElement, setScrollBox] = useState<HTMLDivElement | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const isWindowed = count > WINDOWED_ABOVE;
  // One pair of handlers for every row (the row says which it is), so rows kept from one scroll step to the next
  // get equal props and skip rendering again.
  const handleFocus = useCallback((event: FocusEvent<HTMLTableRowElement>) => {
    setFocused(Number(event.currentTarget.dataset.index));
  }, []);
  // Focus moving within the row keeps it; leaving the row lets it go when scrolled away.
  const handleBlur = useCallback((event: FocusEvent<HTMLTableRowElement>) => {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    const index = Number(event.currentTarget.dataset.index);
    setFocused((f) => (f === index ? null : f));
  }, []);
  // TanStack Virtual keeps its own state outside React's: its answers are read fresh on every render, never memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: isWindowed ? count : 0,
    getScrollElement: () => scrollElement,
    estimateSize: () => estimatedRowHeight,
    getItemKey: keyOf,
    overscan: OVERSCAN,
    rangeExtractor: (range) => rangeWith(range, focused),
    // Scrolling renders in React's own time rather than synchronously inside each scroll event.
    useFlushSync: false,
  });
  // The rows a scroll brings in render in a transition, which React splits into slices between frames: a fast scroll
  // shows the gap rows a moment instead of holding the page in one long task. Rows already shown are memoised.
  const items = useDeferredValue(virtualizer.getVirtualItems());
  if (!isWindowed) {
    return {
      isWindowed,
      setScrollBox,
      slots: Array.from({ length: count }, (_, index) => ({ index })),
      rowProps: () => ({}),
      tableProps: {},
    };
  }
  return {
    isWindowed,
    setScrollBox,
    slots: rowSlots(items, virtualizer.getTotalSize()),
    rowProps: (index) => ({
      // Row 1 is the header row.
      'aria-rowindex': index + 2,
      'data-index': index,
      ref: virtualizer.measureElement,
      onFocus: handleFocus,
      onBlur: handleBlur,
    }),
    tableProps: { 'aria-rowcount': count + 1 },
  };
}
