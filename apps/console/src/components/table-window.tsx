import { Box, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RowWindow, WindowRowProps } from './row-window.ts';

/** A windowed table's scroll box: tall enough for a screenful of rows, the toolbar above it stays in view. */
const WINDOW_MAX_HEIGHT = 'min(70vh, 720px)';

interface TableScrollBoxProps {
  /** RowWindow's isWindowed and setScrollBox. */
  isWindowed: boolean;
  scrollBoxRef: (element: HTMLDivElement | null) => void;
  /** The table's accessible name: the scroll box is named after it, so a keyboard user can scroll it. */
  label: string;
  minWidth: number;
  /** The table, with `stickyHeader` when windowed so its header stays above the rows in view. */
  children: ReactNode;
}

/** A small table scrolls sideways only (as before); a windowed one scrolls its rows in a box of its own. */
export function TableScrollBox({ isWindowed, scrollBoxRef, label, minWidth, children }: TableScrollBoxProps) {
  if (!isWindowed) return <Table.ScrollContainer minWidth={minWidth}>{children}</Table.ScrollContainer>;
  return (
    <Box
      ref={scrollBoxRef}
      role="region"
      aria-label={`${label}, scrollable`}
      tabIndex={0}
      style={{ maxHeight: WINDOW_MAX_HEIGHT, overflow: 'auto' }}
    >
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}

interface WindowRowsProps {
  rowWindow: RowWindow;
  colSpan: number;
  /** One row: spread `props` on its `<tr>` (position, measuring ref, focus). */
  renderRow: (index: number, props: Partial<WindowRowProps>) => ReactNode;
}

/** The rendered rows, with empty rows as tall as the rows left out (hidden from screen readers). */
export function WindowRows({ rowWindow, colSpan, renderRow }: WindowRowsProps) {
  return rowWindow.slots.map((slot) =>
    'index' in slot ? (
      renderRow(slot.index, rowWindow.rowProps(slot.index))
    ) : (
      <tr key={slot.key} aria-hidden style={slot.gap === 0 ? { display: 'none' } : { height: slot.gap }}>
        <td colSpan={colSpan} style={{ padding: 0, border: 0 }} />
      </tr>
    ),
  );
}
