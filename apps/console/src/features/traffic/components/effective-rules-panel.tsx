import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { effectiveRulesQuery } from '../api/traffic-queries.ts';
import { EffectiveRulesTable } from './effective-rules-table.tsx';

/** Every rule of the interface's groups and the implicit defaults, inbound then outbound, in evaluation order. */
export function EffectiveRulesPanel({
  regionId,
  networkInterfaceId,
}: {
  regionId: string;
  networkInterfaceId: string;
}) {
  const engine = useEngine();
  const query = useQuery(effectiveRulesQuery(engine, regionId, networkInterfaceId));
  const of = (direction: 'ingress' | 'egress') => query.data?.filter((e) => e.Direction === direction);
  const table = (direction: 'ingress' | 'egress', label: string) => (
    <EffectiveRulesTable
      label={label}
      regionId={regionId}
      direction={direction}
      entries={of(direction)}
      isPending={query.isPending}
      error={query.error}
    />
  );
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        The rules of all the interface&apos;s security groups, pooled and applied in this order together with the
        defaults: the first entry that matches a flow decides it.
      </Text>
      <Title order={4}>Inbound</Title>
      {table('ingress', 'Effective inbound rules')}
      <Title order={4}>Outbound</Title>
      {table('egress', 'Effective outbound rules')}
    </Stack>
  );
}
