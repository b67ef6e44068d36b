import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value of a details page's Basic Information; `isId` sets it in monospace, unbroken. */
export function DetailField({ label, children, isId }: { label: string; children: ReactNode; isId?: boolean }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text
        size="sm"
        component="div"
        ff={isId ? 'monospace' : undefined}
        style={isId ? { whiteSpace: 'nowrap' } : undefined}
      >
        {children === '' ? '-' : children}
      </Text>
    </Stack>
  );
}
