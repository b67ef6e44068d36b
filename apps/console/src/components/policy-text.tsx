import { Text } from '@mantine/core';
import { useRuleView } from '../lib/use-rule-view.ts';

/** A rule's policy as the tables show it, in the cloud's word: allow in green, deny (Tencent: Reject) in red. */
export function PolicyText({ policy }: { policy: string }) {
  return (
    <Text size="sm" fw={600} c={policy.toLowerCase() === 'drop' ? 'red.7' : 'green.7'}>
      {useRuleView().words.policyLabel(policy)}
    </Text>
  );
}
