import { Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import type { ReactNode } from 'react';
import type { Column } from '../../../components/resource-table.tsx';
import { RulePeer } from '../../../components/rule-peer.tsx';
import { policyLabel, portRangeLabel, protocolLabel } from '../../../views/rule-wording.ts';

/** A rule's direction as the console names it; anything else (an import file's typo) as it was written. */
export function directionLabel(direction: string): string {
  if (direction === 'ingress') return 'Inbound';
  if (direction === 'egress') return 'Outbound';
  return direction || '-';
}

/** The rule columns, for a row that is not a rule to fill in its own way. */
export type RuleColumnKey = 'direction' | 'policy' | 'priority' | 'protocol' | 'port' | 'object' | 'description';

/**
 * The columns of a rule in the group tools' tables (clone plan, import preview, Health Check): Direction,
 * Action, Priority, Protocol, Port Range, Authorization Object, Description. `ruleOf` may give nothing
 * (an import row that is not a rule): its cells are then `otherwise`'s ("-" unless given).
 */
export function ruleColumns<T>(
  ruleOf: (row: T) => Permission | undefined,
  withDirection = true,
  otherwise: (row: T, key: RuleColumnKey) => ReactNode = () => '-',
): Column<T>[] {
  const cell = (key: RuleColumnKey, render: (rule: Permission) => ReactNode) => (row: T) => {
    const rule = ruleOf(row);
    return rule ? render(rule) || '-' : otherwise(row, key);
  };
  const columns: Column<T>[] = [
    { key: 'policy', header: 'Action', render: cell('policy', (r) => policyLabel(r.Policy)) },
    { key: 'priority', header: 'Priority', render: cell('priority', (r) => r.Priority) },
    { key: 'protocol', header: 'Protocol', render: cell('protocol', (r) => protocolLabel(r.IpProtocol)) },
    // A rule with a port list has no PortRange: the list's ID stands in its place.
    {
      key: 'port',
      header: 'Port Range',
      render: cell('port', (r) => portRangeLabel(r.PortRange) || r.PortRangeListId),
    },
    { key: 'object', header: 'Authorization Object', render: cell('object', (r) => <RulePeer rule={r} />) },
    {
      key: 'description',
      header: 'Description',
      render: cell('description', (r) => <Text size="sm">{r.Description || '-'}</Text>),
    },
  ];
  if (withDirection) {
    columns.unshift({
      key: 'direction',
      header: 'Direction',
      render: cell('direction', (r) => directionLabel(r.Direction)),
    });
  }
  return columns;
}
