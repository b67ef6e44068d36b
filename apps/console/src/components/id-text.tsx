import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A resource ID: monospace and never broken across lines, so it can be read and copied whole. */
export function IdText({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Text>
  );
}
