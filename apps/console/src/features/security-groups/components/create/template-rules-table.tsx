import { Stack, Table, Text } from '@mantine/core';
import type { SecurityGroupTemplate } from '@sg/engine';
import { useId } from 'react';
import { policyLabel, portRangeLabel, protocolLabel } from '../wording.ts';

/** What OK will add: the template's rules, shown before anything is written. */
export function TemplateRulesTable({ template }: { template: SecurityGroupTemplate }) {
  const titleId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={titleId}>
        Rules to be added
      </Text>
      {template.ingress.length === 0 ? (
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
              <Table.Th>Source</Table.Th>
              <Table.Th>Priority</Table.Th>
              <Table.Th>Description</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {template.ingress.map((rule) => (
              <Table.Tr key={`${rule.IpProtocol} ${rule.PortRange}`}>
                <Table.Td>Inbound</Table.Td>
                <Table.Td>{policyLabel(rule.Policy)}</Table.Td>
                <Table.Td>{protocolLabel(rule.IpProtocol)}</Table.Td>
                <Table.Td>{portRangeLabel(rule.PortRange)}</Table.Td>
                <Table.Td ff="monospace">{rule.SourceCidrIp}</Table.Td>
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
