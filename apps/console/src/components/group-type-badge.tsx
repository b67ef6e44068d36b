import { Badge } from '@mantine/core';
import { useEngine } from '../lib/engine-provider.tsx';

/**
 * A security group's type in the console's words: basic (`normal`) or advanced (`enterprise`); nothing in a cloud
 * with one kind of group (Tencent, JD).
 */
export function GroupTypeBadge({ type }: { type: string }) {
  const hasTypes = useEngine().profile.rules.groupTypes.length > 1;
  if (!hasTypes) return null;
  const isAdvanced = type === 'enterprise';
  return (
    <Badge variant="light" color={isAdvanced ? 'grape' : 'blue'} tt="none" style={{ flexShrink: 0 }}>
      {isAdvanced ? 'Advanced' : 'Basic'}
    </Badge>
  );
}
