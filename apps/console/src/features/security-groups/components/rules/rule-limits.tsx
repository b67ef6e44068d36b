import { Group, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { isGroupAuthorization } from '../../../../components/rule-peer.tsx';

interface RuleLimitsProps {
  /** Rules of both directions. */
  rules: Permission[];
  /** The direction shown, counted where the cloud caps each direction (Tencent). */
  direction: 'ingress' | 'egress';
  /** The engine's count against the rule quota (a rule naming a list counts as its MaxEntries). */
  quotaUsed: number;
  isAdvanced: boolean;
}

/**
 * Rule counts against the group's quotas, as the cloud's limits count them: all rules; the shown direction's where
 * each direction has its own cap; rules naming another group where rules can name one (basic groups).
 */
export function RuleLimits({ rules, direction, quotaUsed, isAdvanced }: RuleLimitsProps) {
  const { limits, rules: dialect } = useEngine().profile;
  const groupRules = rules.filter(isGroupAuthorization).length;
  const ofDirection = rules.filter((r) => r.Direction === direction).length;
  return (
    <Group gap="lg" aria-label="Rule quotas" role="group">
      <Text size="sm">
        Rules: {quotaUsed} / {limits.rulesPerGroup}
      </Text>
      {limits.rulesPerDirection !== null && (
        <Text size="sm">
          {direction === 'ingress' ? 'Inbound' : 'Outbound'} rules: {ofDirection} / {limits.rulesPerDirection}
        </Text>
      )}
      {!isAdvanced && dialect.peers.includes('group') && (
        <Text size="sm">
          Security group authorizations: {groupRules} / {limits.groupRulesPerGroup}
        </Text>
      )}
    </Group>
  );
}
