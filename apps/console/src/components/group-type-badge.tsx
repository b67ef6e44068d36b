import { Badge } from '@mantine/core';

/** A security group's type in the console's words: basic (`normal`) or advanced (`enterprise`). */
export function GroupTypeBadge({ type }: { type: string }) {
  const isAdvanced = type === 'enterprise';
  return (
    <Badge variant="light" color={isAdvanced ? 'grape' : 'blue'} tt="none" style={{ flexShrink: 0 }}>
      {isAdvanced ? 'Advanced' : 'Basic'}
    </Badge>
  );
}
