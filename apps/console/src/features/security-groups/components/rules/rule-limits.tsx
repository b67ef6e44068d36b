import { Group, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { isGroupAuthorization } from '../../../../components/rule-peer.tsx';

interface RuleLimitsProps {
  /** Rules of both directions. */
  rules: Permission[];
  /** The engine's count against the rule quota (a rule naming a list counts as its MaxEntries). */
  quotaUsed: number;
  isAdvanced: boolean;
}

/** Rule counts against the group's quotas: all rules, and (basic groups) rules naming another group. */
export function RuleLimits({ rules, quotaUsed, isAdvanced }: RuleLimitsProps) {
  const { limits } = useEngine().profile;
  const groupRules = rules.filter(isGroupAuthorization).length;
  return (
    <Group gap="lg" aria-label="Rule quotas" role="group">
      <Text size="sm">
        Rules: {quotaUsed} / {limits.rulesPerGroup}
      </Text>
      {!isAdvanced && (
        <Text size="sm">
          Security group authorizations: {groupRules} / {limits.groupRulesPerGroup}
        </Text>
      )}
    </Group>
  );
}
