import { Text } from '@mantine/core';
import type { RowCheck } from './rule-row-checks.ts';

/** SEED004's note, shown once a row names a prefix list or port list. */
export function ListQuotaNote({ checks }: { checks: (RowCheck | undefined)[] }) {
  const usesList = checks.some(
    (c) =>
      c?.expansion.ok &&
      c.expansion.permissions.some((p) => p.SourcePrefixListId || p.DestPrefixListId || p.PortRangeListId),
  );
  if (!usesList) return null;
  return (
    <Text size="sm" c="dimmed">
      For a security group that references a prefix list or port list, the rule count is based on the maximum number of
      entries specified for the list.
    </Text>
  );
}
