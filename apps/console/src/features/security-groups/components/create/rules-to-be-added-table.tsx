import { Stack, Table, Text } from '@mantine/core';
import type { SecurityGroupType } from '@sg/engine';
import { consoleCreatedGroupEgress } from '@sg/engine/forms';
import { useId } from 'react';
import { policyLabel, portRangeLabel, protocolLabel } from '../../../../views/rule-wording.ts';
import { previewOfInput } from '../rules/preview-rule.ts';
import type { RowCheck } from '../rules/rule-row-checks.ts';

interface RulesToBeAddedTableProps {
  /** checkRows of the dialog's inbound rows: each valid row's permissions are listed. */
  checks: RowCheck[];
  groupType: SecurityGroupType;
}

/** What OK will add: the inbound rows as the engine expands them, and an advanced group's outbound rule. */
export function RulesToBeAddedTable({ checks, groupType }: RulesToBeAddedTableProps) {
  const titleId = useId();
  const rows = [
    ...checks
      .flatMap((check) => (check.expansion.ok ? check.expansion.permissions : []))
      .map((p) => ({
        direction: 'Inbound',
        ...previewOfInput(p, 'ingress'),
      })),
    ...consoleCreatedGroupEgress(groupType).map((p) => ({ direction: 'Outbound', ...previewOfInput(p, 'egress') })),
  ];
  const invalidRows = checks.flatMap((check, row) => (check.expansion.ok ? [] : [row + 1]));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={titleId}>
        Rules to be added
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rules: add rules here, or after the group is created.
        </Text>
      ) : (
        <Table withTableBorder fz="xs" verticalSpacing={4} aria-labelledby={titleId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Direction</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Protocol</Table.Th>
              <Table.Th>Port Range</Table.Th>
              <Table.Th>Source / Destination</Table.Th>
              <Table.Th>Priority</Table.Th>
              <Table.Th>Description</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((rule, i) => (
              <Table.Tr key={i}>
                <Table.Td>{rule.direction}</Table.Td>
                <Table.Td>{policyLabel(rule.Policy)}</Table.Td>
                <Table.Td>{protocolLabel(rule.IpProtocol)}</Table.Td>
                <Table.Td>{portRangeLabel(rule.PortRange)}</Table.Td>
                <Table.Td ff="monospace">{rule.object}</Table.Td>
                <Table.Td>{rule.Priority}</Table.Td>
                <Table.Td>{rule.Description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {invalidRows.length > 0 && (
        <Text size="sm" c="red">
          Not listed: rule {invalidRows.join(', ')} {invalidRows.length === 1 ? 'has' : 'have'} errors.
        </Text>
      )}
    </Stack>
  );
}
