import { Stack, Table, Text } from '@mantine/core';
import { consoleCreatedGroupEgress, type SecurityGroupTemplate } from '@sg/engine/forms';
import { useId } from 'react';
import { policyLabel, portRangeLabel, protocolLabel } from '../../../../views/rule-wording.ts';

interface TemplateRulesTableProps {
  template: SecurityGroupTemplate;
  groupType: 'normal' | 'enterprise';
}

/** What OK will add: the template's rules (and an advanced group's outbound rule), before anything is written. */
export function TemplateRulesTable({ template, groupType }: TemplateRulesTableProps) {
  const titleId = useId();
  const rows = [
    ...template.ingress.map((r) => ({ ...r, direction: 'Inbound', peer: r.SourceCidrIp })),
    ...consoleCreatedGroupEgress(groupType).map((r) => ({ ...r, direction: 'Outbound', peer: r.DestCidrIp })),
  ];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={titleId}>
        Rules to be added
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rules: add rules after the group is created.
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
            {rows.map((rule) => (
              <Table.Tr key={`${rule.direction} ${rule.IpProtocol} ${rule.PortRange}`}>
                <Table.Td>{rule.direction}</Table.Td>
                <Table.Td>{policyLabel(rule.Policy)}</Table.Td>
                <Table.Td>{protocolLabel(rule.IpProtocol)}</Table.Td>
                <Table.Td>{portRangeLabel(rule.PortRange)}</Table.Td>
                <Table.Td ff="monospace">{rule.peer}</Table.Td>
                <Table.Td>{rule.Priority}</Table.Td>
                <Table.Td>{rule.Description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
