import { Button, Group, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isEngineError } from '@sg/engine';
import { clockQuery } from '../../../queries/clock-queries.ts';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { useAdvanceClock } from '../api/use-advance-clock.ts';

const STEPS = [
  { label: '+5 minutes', minutes: 5 },
  { label: '+1 day', minutes: 24 * 60 },
];

/** "2 d 3 h 5 min" ahead of the real clock. */
function aheadText(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [days && `${days} d`, hours && `${hours} h`, minutes % 60 && `${minutes % 60} min`];
  return parts.filter(Boolean).join(' ');
}

/** The world's time (snapshots are taken 5 minutes after a change) and buttons that move it forward. */
export function SimulatedClock() {
  const engine = useEngine();
  const clock = useQuery(clockQuery(engine));
  const advance = useAdvanceClock();
  const data = clock.data;
  const error = advance.error ?? clock.error;
  const details = [
    data && data.OffsetMs > 0 ? `Simulated: ${aheadText(data.OffsetMs)} ahead of the real clock.` : 'Real time.',
    data?.NextDueTime ? `Next snapshot due at ${data.NextDueTime}.` : 'No snapshot is pending.',
    isEngineError(error) ? `${error.Code}: ${error.Message}` : '',
  ];
  return (
    <Group gap={6} wrap="nowrap">
      <Tooltip label={details.filter(Boolean).join(' ')} multiline w={260}>
        <Text size="sm" ff="monospace" role="timer" aria-label="Current time" c={error ? 'red' : undefined}>
          {data ? data.CurrentTime.replace('T', ' ').replace('Z', ' UTC') : '…'}
          {data && data.OffsetMs > 0 && (
            <Text span size="xs" c="orange.7" ml={4}>
              (+{aheadText(data.OffsetMs)})
            </Text>
          )}
        </Text>
      </Tooltip>
      {STEPS.map((step) => (
        <Button
          key={step.label}
          size="compact-xs"
          variant="default"
          disabled={advance.isPending}
          onClick={() => advance.mutate(step.minutes)}
        >
          {step.label}
        </Button>
      ))}
    </Group>
  );
}
