import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { EffectiveRulesTable } from './effective-rules-table.tsx';

type Verdict = ResponseOf<'EvaluateTraffic'>;

interface VerdictAnswerProps {
  regionId: string;
  verdict: Verdict;
  /** Names the answer, e.g. "Outbound on web-01"; also names the trace table. */
  label: string;
  /** Smaller heading, when several answers stand together. */
  isCompact?: boolean;
}

/** What decided: the rule with its group, or the default with the engine's description of it. */
function DecidedBy({ regionId, verdict }: { regionId: string; verdict: Verdict }) {
  const rule = verdict.DecidingRule;
  if (rule.Kind === 'Default') {
    return (
      <Text size="sm">
        Decided by the default <strong>{rule.DefaultName}</strong>: {rule.Description}
      </Text>
    );
  }
  return (
    <Text size="sm">
      Decided by the rule <strong>{rule.Description || rule.Permission?.SecurityGroupRuleId}</strong> of{' '}
      <Anchor component={Link} to={paths.securityGroup(regionId, rule.SecurityGroupId)}>
        {rule.SecurityGroupName || rule.SecurityGroupId}
      </Anchor>
      {rule.Unsaved && ' (unsaved)'}
    </Text>
  );
}

/** The engine's verdict on one flow: Allowed or Denied, what decided, and every entry checked in order. */
export function VerdictAnswer({ regionId, verdict, label, isCompact = false }: VerdictAnswerProps) {
  const isAllowed = verdict.Verdict === 'Allowed';
  const considered = verdict.Considered;
  return (
    <Stack gap="xs" aria-label={label} role="region">
      <Group gap="sm" align="baseline">
        {isCompact && <Text fw={600}>{label}:</Text>}
        <Title order={isCompact ? 4 : 2} c={isAllowed ? 'green.7' : 'red.7'}>
          {verdict.Verdict}
        </Title>
      </Group>
      <DecidedBy regionId={regionId} verdict={verdict} />
      <EffectiveRulesTable
        label={`Rules considered, ${label}`}
        regionId={regionId}
        direction={verdict.Direction}
        entries={considered.map((c) => c.Rule)}
        extra={{
          key: 'match',
          header: 'Match',
          render: ({ n }) =>
            considered[n - 1]?.Matched ? (
              <Badge color={isAllowed ? 'green' : 'red'} miw="max-content">
                Matched
              </Badge>
            ) : (
              <Text size="sm" c="dimmed">
                No match
              </Text>
            ),
        }}
      />
      <Text size="xs" c="dimmed">
        {verdict.Note}
      </Text>
    </Stack>
  );
}
