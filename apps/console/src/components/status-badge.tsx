import { Badge } from '@mantine/core';

const COLORS: Record<string, string> = {
  Running: 'green',
  InUse: 'green',
  Enabled: 'green',
  Available: 'blue',
  Stopped: 'gray',
  Disabled: 'gray',
};

/** A resource status word as the API gives it (Running, Stopped, InUse, Enabled...), never truncated. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge
      color={COLORS[status] ?? 'yellow'}
      variant="light"
      tt="none"
      style={{ overflow: 'visible', flexShrink: 0 }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {status}
    </Badge>
  );
}
