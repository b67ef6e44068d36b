import { Stack, Table, Text } from '@mantine/core';
import type { PermissionInput } from '@sg/engine/forms';
import { useId, type ReactNode } from 'react';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { previewOfInput } from '../rules/preview-rule.ts';

/** A rule Create Security Group's OK will write, in the Permission shape of its direction. */
export interface RuleToBeAdded {
  direction: 'ingress' | 'egress';
  permission: PermissionInput;
}

interface RulesToBeAddedTableProps {
  rules: RuleToBeAdded[];
  /** Shown instead of the table when there is no rule. */
  emptyText: string;
  /** A Priority column, where the cloud's rules have one. */
  withPriority: boolean;
  /** Under the table, e.g. which edited rows are left out. */
  footer?: ReactNode;
}

/** What OK will add, read-only, in the order it is written: inbound rules, then outbound; in the cloud's words. */
export function RulesToBeAddedTable({ rules, emptyText, withPriority, footer }: RulesToBeAddedTableProps) {
  const titleId = useId();
  const { words } = useRuleView();
  const rows = rules.map(({ direction, permission }) => ({
    direction: direction === 'ingress' ? 'Inbound' : 'Outbound',
    ...previewOfInput(permission, direction),
  }));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={titleId}>
        Rules to be added
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Table withTableBorder fz="xs" verticalSpacing={4} aria-labelledby={titleId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Direction</Table.Th>
              <Table.Th>{words.headers.policy}</Table.Th>
              <Table.Th>{words.headers.protocol}</Table.Th>
              <Table.Th>{words.headers.port}</Table.Th>
              <Table.Th>{words.headers.anyPeer}</Table.Th>
              {withPriority && <Table.Th>Priority</Table.Th>}
              <Table.Th>{words.headers.description}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((rule, i) => (
              <Table.Tr key={i}>
                <Table.Td>{rule.direction}</Table.Td>
                <Table.Td>{words.policyLabel(rule.Policy)}</Table.Td>
                <Table.Td>{words.protocolLabel(rule.IpProtocol)}</Table.Td>
                <Table.Td>{words.portLabel(rule.PortRange)}</Table.Td>
                <Table.Td ff="monospace">{rule.object}</Table.Td>
                {withPriority && <Table.Td>{rule.Priority}</Table.Td>}
                <Table.Td>{rule.Description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {footer}
    </Stack>
  );
}
