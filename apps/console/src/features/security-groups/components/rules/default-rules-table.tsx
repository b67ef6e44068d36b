import { Text } from '@mantine/core';
import type { DefaultRuleView } from '@sg/engine';
import { DefaultPriority } from '../../../../components/default-priority.tsx';
import { PolicyText } from '../../../../components/policy-text.tsx';
import { ResourceTable, type Column } from '../../../../components/resource-table.tsx';
import { portRangeLabel, protocolLabel } from '../../../../views/rule-wording.ts';

interface DefaultRulesTableProps {
  direction: 'ingress' | 'egress';
  /** The engine's default rules of the group (DescribeSecurityGroupAttribute's DefaultRules), this direction's. */
  rules: DefaultRuleView[];
}

/**
 * The group type's implicit default rules (seed 001: priority 110), after the group's rules: read-only, marked
 * Default, with no Operation column. What they are is the engine's answer; nothing here decides it.
 */
export function DefaultRulesTable({ direction, rules }: DefaultRulesTableProps) {
  const columns: Column<DefaultRuleView>[] = [
    {
      key: 'policy',
      header: 'Action',
      render: (r) => <PolicyText policy={r.Policy} />,
    },
    { key: 'priority', header: 'Priority', render: (r) => <DefaultPriority priority={r.Priority} /> },
    { key: 'protocol', header: 'Protocol', render: (r) => protocolLabel(r.IpProtocol) },
    { key: 'port', header: 'Port Range', render: (r) => portRangeLabel(r.PortRange) },
    {
      key: 'peer',
      header: direction === 'ingress' ? 'Source' : 'Destination',
      render: (r) => <Text size="sm">{r.CidrIps.join(', ')}</Text>,
    },
    { key: 'description', header: 'Description', render: (r) => r.Description },
  ];
  const noun = direction === 'ingress' ? 'Inbound' : 'Outbound';
  return (
    <ResourceTable
      label={`${noun} default rules`}
      columns={columns}
      rows={rules}
      rowKey={(r) => r.DefaultName}
      isPending={false}
      error={null}
      emptyText="No default rules."
    />
  );
}
