import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { policyLabel, portRangeLabel, protocolLabel } from '../views/rule-wording.ts';

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

interface DiffTableProps {
  label: string;
  /** "Source" for inbound rules, "Destination" for outbound ones. */
  peerHeader: string;
  rows: DiffRow[];
  emptyText?: string;
}

/** Rules added (+), changed (~), removed (-) or unchanged, each row tinted by its change. */
export function DiffTable({ label, peerHeader, rows, emptyText = 'No rules.' }: DiffTableProps) {
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table aria-label={label} verticalSpacing={4} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>Change</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Protocol</Table.Th>
            <Table.Th>Port Range</Table.Th>
            <Table.Th>{peerHeader}</Table.Th>
            <Table.Th>Description</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed" ta="center">
                  {emptyText}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map(({ key, marker, rule, before }) => (
            <Table.Tr key={key} bg={marker === '=' ? undefined : `var(--mantine-color-${MARKERS[marker].color}-light)`}>
              <Table.Td>
                <MarkerCell marker={marker} />
              </Table.Td>
              <Table.Td>
                <Cell now={policyLabel(rule.Policy)} before={before && policyLabel(before.Policy)} />
              </Table.Td>
              <Table.Td>
                <Cell now={rule.Priority} before={before?.Priority} />
              </Table.Td>
              <Table.Td>
                <Cell now={protocolLabel(rule.IpProtocol)} before={before && protocolLabel(before.IpProtocol)} />
              </Table.Td>
              <Table.Td>
                <Cell now={portRangeLabel(rule.PortRange)} before={before && portRangeLabel(before.PortRange)} />
              </Table.Td>
              <Table.Td>
                <Cell now={rule.object} before={before?.object} isId />
              </Table.Td>
              <Table.Td>
                <Cell now={rule.Description} before={before?.Description} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
