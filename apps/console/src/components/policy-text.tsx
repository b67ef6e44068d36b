import { Text } from '@mantine/core';
import { policyLabel } from '../views/rule-wording.ts';

/** A rule's Action as the tables show it: Allow in green, Deny in red. */
export function PolicyText({ policy }: { policy: string }) {
  return (
    <Text size="sm" fw={600} c={policy.toLowerCase() === 'drop' ? 'red.7' : 'green.7'}>
      {policyLabel(policy)}
    </Text>
  );
}
