import { Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import type { Column } from '../../../components/resource-table.tsx';
import { RulePeer } from '../../../components/rule-peer.tsx';
import { policyLabel, portRangeLabel, protocolLabel } from '../../../views/rule-wording.ts';

/** A rule's direction as the console names it; anything else (an import file's typo) as it was written. */
export function directionLabel(direction: string): string {
  if (direction === 'ingress') return 'Inbound';
  if (direction === 'egress') return 'Outbound';
  return direction || '-';
}

/**
 * The columns of a rule in the group tools' tables (clone plan, import preview, Health Check): Direction,
 * Action, Priority, Protocol, Port Range, Authorization Object, Description. `ruleOf` may give nothing
 * (an import row that is not a rule): its cells show "-".
 */
export function ruleColumns<T>(ruleOf: (row: T) => Permission | undefined, withDirection = true): Column<T>[] {
  const cell = (render: (rule: Permission) => string) => (row: T) => {
    const rule = ruleOf(row);
    return rule ? render(rule) || '-' : '-';
  };
  const columns: Column<T>[] = [
    { key: 'policy', header: 'Action', render: cell((r) => policyLabel(r.Policy)) },
    { key: 'priority', header: 'Priority', render: cell((r) => r.Priority) },
    { key: 'protocol', header: 'Protocol', render: cell((r) => protocolLabel(r.IpProtocol)) },
    // A rule with a port list has no PortRange: the list's ID stands in its place.
    { key: 'port', header: 'Port Range', render: cell((r) => portRangeLabel(r.PortRange) || r.PortRangeListId) },
    {
      key: 'object',
      header: 'Authorization Object',
      render: (row) => {
        const rule = ruleOf(row);
        return rule ? <RulePeer rule={rule} /> : '-';
      },
    },
    {
      key: 'description',
      header: 'Description',
      render: (row) => <Text size="sm">{ruleOf(row)?.Description || '-'}</Text>,
    },
  ];
  if (withDirection) {
    columns.unshift({ key: 'direction', header: 'Direction', render: cell((r) => directionLabel(r.Direction)) });
  }
  return columns;
}
