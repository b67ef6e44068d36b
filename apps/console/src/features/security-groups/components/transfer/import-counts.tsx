import { Badge, Group, Text } from '@mantine/core';
import type { ImportCounts as Counts } from '@sg/engine';
import { IMPORT_STATUSES, importStatusWording } from './import-status.ts';

/**
 * The number of rows in each class. Before the import every class but Imported shows, so a class with none
 * is seen to be empty; after it, only the classes that hold rows.
 */
export function ImportCounts({ counts, isResult }: { counts: Counts; isResult: boolean }) {
  const shown = IMPORT_STATUSES.map(importStatusWording).filter((w) =>
    isResult ? counts[w.count] > 0 : w.count !== 'Imported',
  );
  return (
    <Group gap="xs" role="list" aria-label="Rows per class">
      <Text size="sm" fw={600} role="listitem">
        {counts.Total} {counts.Total === 1 ? 'rule' : 'rules'} in the file:
      </Text>
      {shown.map((w) => (
        <Badge
          key={w.count}
          role="listitem"
          color={counts[w.count] > 0 ? w.color : 'gray'}
          variant="light"
          tt="none"
          size="lg"
        >
          {w.label}: {counts[w.count]}
        </Badge>
      ))}
    </Group>
  );
}
