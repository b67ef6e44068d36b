import { Table, Text, VisuallyHidden } from '@mantine/core';
import { policyLabel, portRangeLabel, protocolLabel } from '../wording.ts';

/** One rule as a preview shows it; values as the API spells them (Policy, IpProtocol, PortRange). */
export interface PreviewRule {
  Policy: string;
  Priority: string;
  IpProtocol: string;
  PortRange: string;
  object: string;
  Description: string;
}

export type ChangeMarker = '+' | '~' | '-';

export interface RuleChange {
  key: string;
  marker: ChangeMarker;
  rule: PreviewRule;
  /** For `~`: the rule before the change, shown as a second, struck-through line. */
  before?: PreviewRule;
}

const MARKER_TEXT: Record<ChangeMarker, { label: string; color: string }> = {
  '+': { label: 'Added', color: 'green' },
  '~': { label: 'Changed', color: 'orange' },
  '-': { label: 'Removed', color: 'red' },
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

/** Rules to be added (+), changed (~) or removed (-), before the change is made. */
export function RuleDiffTable({
  label,
  peerHeader,
  changes,
}: {
  label: string;
  peerHeader: string;
  changes: RuleChange[];
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} verticalSpacing={4} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>Change</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Protocol</Table.Th>
            <Table.Th>Port Range</Table.Th>
            <Table.Th>{peerHeader}</Table.Th>
            <Table.Th>Description</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map(({ key, marker, rule, before }) => (
            <Table.Tr key={key}>
              <Table.Td>
                <Text fw={700} c={MARKER_TEXT[marker].color} ff="monospace" title={MARKER_TEXT[marker].label}>
                  {marker}
                  <VisuallyHidden> {MARKER_TEXT[marker].label}</VisuallyHidden>
                </Text>
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
