import { Text } from '@mantine/core';
import type { DefaultRuleView } from '@sg/engine';
import { DefaultPriority } from '../../../../components/default-priority.tsx';
import { PolicyText } from '../../../../components/policy-text.tsx';
import { ResourceTable } from '../../../../components/resource-table.tsx';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { ruleColumns } from '../../../../components/rule-columns.tsx';

interface DefaultRulesTableProps {
  direction: 'ingress' | 'egress';
  /** The engine's default rules of the group (DescribeSecurityGroupAttribute's DefaultRules), this direction's. */
  rules: DefaultRuleView[];
}

/**
 * The group type's implicit default rules (seed 001: priority 110), after the group's rules, in the cloud's
 * columns: read-only, marked Default, with no Operation column. What they are is the engine's answer.
 */
export function DefaultRulesTable({ direction, rules }: DefaultRulesTableProps) {
  const columns = ruleColumns<DefaultRuleView, DefaultRuleView>(
    useRuleView(),
    (r) => r,
    (r) => <Text size="sm">{r.CidrIps.join(', ')}</Text>,
    {
      direction,
      cells: {
        policy: (r) => <PolicyText policy={r.Policy} />,
        priority: (r) => <DefaultPriority priority={r.Priority} />,
      },
    },
  );
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
