import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { SNAPSHOT_BUCKET_PREFIX, SNAPSHOT_ROLE_NAME, SNAPSHOT_SERVICE_NAME } from '@sg/engine/forms';
import { ApiError } from '../../../../components/api-error.tsx';
import { useCreateServiceLinkedRole } from '../../api/use-create-service-linked-role.ts';

/** Before the first policy: the snapshot service needs its service-linked role to write to OSS (SEED004). */
export function ServiceLinkedRolePrompt({ onCancel }: { onCancel: () => void }) {
  const authorize = useCreateServiceLinkedRole();
  return (
    <Stack>
      <Alert color="blue" title="Authorize the service-linked role">
        <Text size="sm">
          Security group snapshots are stored in Object Storage Service (OSS). Before you create the first snapshot
          policy, authorize the service-linked role <Code>{SNAPSHOT_ROLE_NAME}</Code> so that the snapshot service (
          <Code>{SNAPSHOT_SERVICE_NAME}</Code>) can access your OSS buckets named <Code>{SNAPSHOT_BUCKET_PREFIX}*</Code>
          .
        </Text>
        <Text size="sm" mt="xs">
          The role is authorized once; you are not asked again.
        </Text>
      </Alert>
      {authorize.error && <ApiError error={authorize.error} title="The role was not authorized" />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button loading={authorize.isPending} onClick={() => authorize.mutate()}>
          Authorize
        </Button>
      </Group>
    </Stack>
  );
}
