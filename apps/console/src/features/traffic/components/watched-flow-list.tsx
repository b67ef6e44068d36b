import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { flowKey, flowLabel } from '../../../views/traffic-flow.ts';
import { useWatchedFlows } from '../../../stores/watched-flows-store.ts';

/** The watched flows of one interface, each with "Stop watching". */
export function WatchedFlowList({ networkInterfaceId }: { networkInterfaceId: string }) {
  const { flows, flowUnwatched } = useWatchedFlows();
  const mine = flows.filter((f) => f.networkInterfaceId === networkInterfaceId);
  if (mine.length === 0) return null;
  return (
    <Stack gap={4} role="region" aria-label="Watched flows">
      <Title order={5}>Watched flows</Title>
      {mine.map((flow) => (
        <Group key={flowKey(flow)} gap="sm">
          <Text size="sm">{flowLabel(flow)}</Text>
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            aria-label={`Stop watching ${flowLabel(flow)}`}
            onClick={() => flowUnwatched(flow)}
          >
            Stop watching
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
