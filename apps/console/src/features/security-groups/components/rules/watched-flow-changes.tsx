import { Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isEngineError, type ResponseOf } from '@sg/engine';
import { type RuleLike } from '@sg/engine/forms';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { flowKey, flowLabel } from '../../../../views/traffic-flow.ts';
import { useWatchedFlows } from '../../../../stores/watched-flows-store.ts';
import { watchedFlowOutcomesQuery } from '../../api/watched-flow-queries.ts';
import type { RowCheck } from './rule-row-checks.ts';

interface WatchedFlowChangesProps {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
  direction: 'ingress' | 'egress';
  checks: RowCheck[];
}

/** The group's rules if Save succeeded: the stored ones and every valid row of the editor. */
function rulesAfterSave(group: WatchedFlowChangesProps['group'], direction: 'ingress' | 'egress', checks: RowCheck[]) {
  const added: RuleLike[] = checks.flatMap((c) =>
    c.expansion.ok
      ? c.expansion.permissions.map((p) => ({ ...p, IpProtocol: p.IpProtocol ?? '', Direction: direction }))
      : [],
  );
  return [...group.Permissions.Permission, ...added];
}

/** "Watched flows": which of the flows watched from Check traffic the unsaved rows would open or close. */
export function WatchedFlowChanges({ regionId, group, direction, checks }: WatchedFlowChangesProps) {
  const engine = useEngine();
  const flows = useWatchedFlows((s) => s.flows).filter((f) => f.regionId === regionId);
  const rules = rulesAfterSave(group, direction, checks);
  const outcomes = useQuery(watchedFlowOutcomesQuery(engine, regionId, group.SecurityGroupId, flows, rules));
  const changed = (outcomes.data ?? []).filter((o) => o.now && o.after && o.now.Verdict !== o.after.Verdict);
  const failed = (outcomes.data ?? []).filter((o) => o.error);
  return (
    <Stack gap={4} role="region" aria-label="Watched flows">
      <Text size="sm" fw={600}>
        Watched flows
      </Text>
      {flows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Watch flows from Check traffic to see here what your change opens or closes.
        </Text>
      ) : outcomes.isPending ? (
        <Loader size="xs" aria-label="Checking watched flows" />
      ) : changed.length === 0 ? (
        <Text size="sm" c="dimmed">
          No watched flow changes ({flows.length === 1 ? '1 flow' : `${flows.length} flows`} checked).
        </Text>
      ) : (
        changed.map(({ flow, after }) => (
          <Group key={flowKey(flow)} gap="xs">
            <Badge color={after?.Verdict === 'Allowed' ? 'green' : 'red'}>
              {after?.Verdict === 'Allowed' ? 'would open' : 'would close'}
            </Badge>
            <Text size="sm">{flowLabel(flow)}</Text>
          </Group>
        ))
      )}
      {failed.map(({ flow, error }) => (
        <Text key={flowKey(flow)} size="xs" c="dimmed">
          {flowLabel(flow)}: {isEngineError(error) ? `${error.Code}: ${error.Message}` : String(error)}
        </Text>
      ))}
    </Stack>
  );
}
