import { Stack, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { RulePeer } from '../../../../components/rule-peer.tsx';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { directionLabel, ruleText } from '../../../../views/rule-view.ts';

/** The rule that makes a redundant rule redundant, in one cell: what it does, to what, and why it is there. */
export function CoveringRule({ rule }: { rule: Permission }) {
  const view = useRuleView();
  const priority = view.dialect.priority === null ? '' : ` · Priority ${rule.Priority}`;
  return (
    <Stack gap={0}>
      <Text size="sm">
        {directionLabel(rule.Direction)} · {ruleText(view, 'policy', rule)}
        {priority}
      </Text>
      <Text size="sm">
        {ruleText(view, 'protocol', rule)} {ruleText(view, 'port', rule) || rule.PortRangeListId}
      </Text>
      <RulePeer rule={rule} />
      <Text size="xs" c="dimmed">
        {rule.Description || 'No description'}
      </Text>
    </Stack>
  );
}
