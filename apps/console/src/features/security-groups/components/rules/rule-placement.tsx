import { Group, Radio, Text } from '@mantine/core';
import type { RuleWords } from '../../../../views/rule-words.ts';

export type Placement = 'top' | 'bottom';

interface RulePlacementProps {
  words: RuleWords;
  /** Insert was chosen on the rule at this place: the rules go above it, no choice to make. */
  insertAt: number | undefined;
  value: Placement;
  onChange: (placement: Placement) => void;
}

/**
 * Where new rules go among rules ordered by position (first match wins): at the top (PolicyIndex 0) or appended
 * (no PolicyIndex); after Insert, above the rule it was chosen on.
 */
export function RulePlacement({ words, insertAt, value, onChange }: RulePlacementProps) {
  const { placement } = words.positionActions;
  if (insertAt !== undefined) {
    return (
      <Text size="sm">
        The new rules go above rule {insertAt + 1}, in the order of the rows below, and are matched before it.
      </Text>
    );
  }
  return (
    <Radio.Group label={placement.label} value={value} onChange={(v) => onChange(v === 'top' ? 'top' : 'bottom')}>
      <Group gap="lg" mt={4}>
        <Radio value="top" label={placement.top} />
        <Radio value="bottom" label={placement.bottom} />
      </Group>
    </Radio.Group>
  );
}
