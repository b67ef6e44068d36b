import { Badge } from '@mantine/core';

const COLORS: Record<string, string> = { Running: 'green', InUse: 'green', Available: 'blue', Stopped: 'gray' };

/** A resource status word as the API gives it (Running, Stopped, InUse...), never truncated. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge color={COLORS[status] ?? 'yellow'} variant="light" tt="none" style={{ overflow: 'visible', flexShrink: 0 }}>
      {status}
    </Badge>
  );
}
