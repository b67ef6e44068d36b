import { Badge, Group } from '@mantine/core';

/** A default rule's priority (110, or none for a default that acts before every rule), marked "Default". */
export function DefaultPriority({ priority }: { priority: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      {priority}
      <Badge variant="light" color="gray" miw="max-content">
        Default
      </Badge>
    </Group>
  );
}
