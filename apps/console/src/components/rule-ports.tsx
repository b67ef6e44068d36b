import { Stack } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { useRuleView } from '../lib/use-rule-view.ts';
import { IdText } from './id-text.tsx';
import { ListLink } from './list-link.tsx';

/** A rule's destination ports in the cloud's words: its range, or the port list it uses (ID, and the list's name). */
export function RulePorts({ rule }: { rule: Pick<Permission, 'PortRange' | 'PortRangeListId' | 'PortRangeListName'> }) {
  const { words } = useRuleView();
  if (rule.PortRange !== '' || rule.PortRangeListId === '') return words.portLabel(rule.PortRange);
  return (
    <Stack gap={0}>
      <IdText>{rule.PortRangeListId}</IdText>
      <ListLink kind="port" id={rule.PortRangeListId} name={rule.PortRangeListName} />
    </Stack>
  );
}
