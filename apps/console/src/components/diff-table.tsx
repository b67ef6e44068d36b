import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useRuleView } from '../lib/use-rule-view.ts';
import { ruleColumnKeys, ruleHeader, ruleText } from '../views/rule-view.ts';
import { useRowWindow, type WindowRowProps } from './row-window.ts';
import { TableScrollBox, WindowRows } from './table-window.tsx';

/** One rule as a diff or preview shows it; values as the API spells them (Policy, IpProtocol, PortRange). */
export interface PreviewRule {
  Policy: string;
  Priority: string;
  IpProtocol: string;
  PortRange: string;
  object: string;
  Description: string;
}

/** Added, changed, removed, or (`=`) the same on both sides. */
export type ChangeMarker = '+' | '~' | '-' | '=';

export interface DiffRow {
  key: string;
  marker: ChangeMarker;
  rule: PreviewRule;
  /** For `~`: the rule before the change; changed cells show it as a second, struck-through line. */
  before?: PreviewRule;
}

const MARKERS: Record<ChangeMarker, { label: string; color: string }> = {
  '+': { label: 'Added', color: 'green' },
  '~': { label: 'Changed', color: 'orange' },
  '-': { label: 'Removed', color: 'red' },
  '=': { label: 'Unchanged', color: 'gray' },
};

function Cell({ now, before, isId }: { now: string; before?: string; isId?: boolean }) {
  const isChanged = before !== undefined && before !== now;
  const ff = isId ? 'monospace' : undefined;
  return (
    <>
      {isChanged && (
        <Text size="sm" td="line-through" c="dimmed" ff={ff}>
          <VisuallyHidden>was </VisuallyHidden>
          {before || '-'}
        </Text>
      )}
      <Text size="sm" fw={isChanged ? 600 : undefined} ff={ff} style={isId ? { whiteSpace: 'nowrap' } : undefined}>
        {now || '-'}
      </Text>
    </>
  );
}

/** The marker in words too, so the change does not rest on colour alone. */
function MarkerCell({ marker }: { marker: ChangeMarker }) {
  const { label, color } = MARKERS[marker];
  if (marker === '=') return <VisuallyHidden>{label}</VisuallyHidden>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text fw={700} c={color} ff="monospace" aria-hidden>
        {marker}
      </Text>
      <Text size="xs" c={color} fw={600}>
        {label}
      </Text>
    </Group>
  );
}

/** One rule's row, tinted by its change. Memoised: rows a scrolling table keeps are not rendered again. */
const DiffTableRow = memo(function DiffTableRow({ row, ...rowProps }: { row: DiffRow } & Partial<WindowRowProps>) {
  const view = useRuleView();
  const { marker, rule, before } = row;
  const textOf = (key: ReturnType<typeof ruleColumnKeys>[number], r: PreviewRule) =>
    key === 'object' || key === 'direction' ? r.object : ruleText(view, key, r);
  const tint = marker === '=' ? undefined : `var(--mantine-color-${MARKERS[marker].color}-light)`;
  return (
    <Table.Tr bg={tint} {...rowProps}>
      <Table.Td>
        <MarkerCell marker={marker} />
      </Table.Td>
      {ruleColumnKeys(view).map((column) => (
        <Table.Td key={column}>
          <Cell now={textOf(column, rule)} before={before && textOf(column, before)} isId={column === 'object'} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
});

interface DiffTableProps {
  label: string;
  /** The rules' direction: the peer column says Source or Destination in the cloud's words. */
  direction: 'ingress' | 'egress';
  rows: DiffRow[];
  emptyText?: string;
}

/**
 * Rules added (+), changed (~), removed (-) or unchanged, each row tinted by its change, in the cloud's rule
 * columns and words (no Priority column where rules have none). Long diffs render only the rows in view.
 */
export function DiffTable({ label, direction, rows, emptyText = 'No rules.' }: DiffTableProps) {
  const view = useRuleView();
  const keys = ruleColumnKeys(view);
  const rowWindow = useRowWindow(rows.length, (i) => rows[i]?.key ?? i, 37);
  return (
    <TableScrollBox
      isWindowed={rowWindow.isWindowed}
      scrollBoxRef={rowWindow.setScrollBox}
      label={label}
      minWidth={680}
    >
      <Table
        aria-label={label}
        verticalSpacing={4}
        withTableBorder
        stickyHeader={rowWindow.isWindowed}
        {...rowWindow.tableProps}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>Change</Table.Th>
            {keys.map((key) => (
              <Table.Th key={key}>{ruleHeader(view, key, direction)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={keys.length + 1}>
                <Text size="sm" c="dimmed" ta="center">
                  {emptyText}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          <WindowRows
            rowWindow={rowWindow}
            colSpan={keys.length + 1}
            renderRow={(index, rowProps) => {
              const row = rows[index] as DiffRow;
              return <DiffTableRow key={row.key} row={row} {...rowProps} />;
            }}
          />
        </Table.Tbody>
      </Table>
    </TableScrollBox>
  );
}
