import { Box, Button, Group, Stack } from '@mantine/core';
import { ApiError } from '../../../../components/api-error.tsx';
import { useStartInstance } from '../../api/use-start-instance.ts';
import { useStopInstance } from '../../api/use-stop-instance.ts';

interface InstanceStatusActionsProps {
  regionId: string;
  instanceId: string;
  status: string;
}

/** Start and Stop, each offered in the status it applies to; a refusal shows the engine's code. */
export function InstanceStatusActions({ regionId, instanceId, status }: InstanceStatusActionsProps) {
  const start = useStartInstance();
  const stop = useStopInstance();
  const params = { RegionId: regionId, InstanceId: instanceId };
  const error = start.error ?? stop.error;
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          disabled={status !== 'Stopped'}
          loading={start.isPending}
          onClick={() => {
            stop.reset();
            start.mutate(params);
          }}
        >
          Start
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={status !== 'Running'}
          loading={stop.isPending}
          onClick={() => {
            start.reset();
            stop.mutate(params);
          }}
        >
          Stop
        </Button>
      </Group>
      {error && (
        <Box maw={420}>
          <ApiError error={error} title="The instance status was not changed" />
        </Box>
      )}
    </Stack>
  );
}
