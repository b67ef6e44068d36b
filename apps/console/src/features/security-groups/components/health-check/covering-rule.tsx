import { Stack, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { RulePeer } from '../../../../components/rule-peer.tsx';
import { policyLabel, portRangeLabel, protocolLabel } from '../../../../views/rule-wording.ts';
import { directionLabel } from '../rule-columns.tsx';

/** The rule that makes a redundant rule redundant, in one cell: what it does, to what, and why it is there. */
export function CoveringRule({ rule }: { rule: Permission }) {
  return (
    <Stack gap={0}>
      <Text size="sm">
        {directionLabel(rule.Direction)} · {policyLabel(rule.Policy)} · Priority {rule.Priority}
      </Text>
      <Text size="sm">
        {protocolLabel(rule.IpProtocol)} {portRangeLabel(rule.PortRange) || rule.PortRangeListId}
      </Text>
      <RulePeer rule={rule} />
      <Text size="xs" c="dimmed">
        {rule.Description || 'No description'}
      </Text>
    </Stack>
  );
}
