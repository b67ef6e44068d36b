import { Stack } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { portRangeLabel } from '../views/rule-wording.ts';
import { IdText } from './id-text.tsx';
import { ListLink } from './list-link.tsx';

/** A rule's destination ports: its range, or the port list it uses (ID, and the list's name as a link). */
export function RulePorts({ rule }: { rule: Pick<Permission, 'PortRange' | 'PortRangeListId' | 'PortRangeListName'> }) {
  if (rule.PortRange !== '' || rule.PortRangeListId === '') return portRangeLabel(rule.PortRange);
  return (
    <Stack gap={0}>
      <IdText>{rule.PortRangeListId}</IdText>
      <ListLink kind="port" id={rule.PortRangeListId} name={rule.PortRangeListName} />
    </Stack>
  );
}
