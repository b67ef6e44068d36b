import { Button, Group, Text } from '@mantine/core';
import { quickRules, type QuickRule } from '@sg/engine/forms';

/** Seed 004's common ports: each adds a row with the recommended source and its advice. */
export function RuleQuickChoices({ onPick }: { onPick: (quick: QuickRule) => void }) {
  return (
    <Group gap="xs" role="group" aria-label="Quick add">
      <Text size="sm" fw={500}>
        Quick add:
      </Text>
      {quickRules.map((quick) => (
        <Button key={quick.label} size="compact-sm" variant="light" onClick={() => onPick(quick)}>
          {quick.label}
        </Button>
      ))}
    </Group>
  );
}
