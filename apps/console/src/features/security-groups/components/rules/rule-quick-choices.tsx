import { Button, Group, Text } from '@mantine/core';
import { quickRulesFor, type QuickRule } from '@sg/engine/forms';
import { useEngine } from '../../../../lib/engine-provider.tsx';

/** Seed 004's common ports, in the cloud's port syntax: each adds a row with the recommended source and its advice. */
export function RuleQuickChoices({ onPick }: { onPick: (quick: QuickRule) => void }) {
  const quickRules = quickRulesFor(useEngine().profile.rules.portSyntax);
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
