import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { attributeCheckQuery } from '../../api/security-group-check-queries.ts';
import { problemText } from '../../../../views/problem-text.ts';

/** Shown on a group managed by a cloud service, with the engine's own answer to an attempt to change it. */
export function ManagedGroupNote({ regionId, groupId }: { regionId: string; groupId: string }) {
  const engine = useEngine();
  const check = useQuery(attributeCheckQuery(engine, regionId, groupId));
  return (
    <Alert color="gray" mb="sm" title="Managed security group">
      <Text size="sm">This security group is managed by a cloud service and can only be viewed.</Text>
      {check.data && (
        <Text size="sm" mt={4}>
          {problemText(check.data)}
        </Text>
      )}
    </Alert>
  );
}
