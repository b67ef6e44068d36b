import { Tabs } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { RulesTable } from './rules-table.tsx';

interface Props {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
  direction: 'ingress' | 'egress';
  onDirectionChange: (direction: 'ingress' | 'egress') => void;
}

/** Inbound and Outbound tabs; the active tab is part of the URL so a reload keeps it. */
export function SecurityGroupRulesTabs({ group, direction, onDirectionChange }: Props) {
  const rules = group.Permissions.Permission;
  const inbound = rules.filter((r) => r.Direction === 'ingress');
  const outbound = rules.filter((r) => r.Direction === 'egress');
  return (
    <Tabs value={direction} onChange={(v) => v && onDirectionChange(v as 'ingress' | 'egress')} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="ingress">Inbound ({inbound.length})</Tabs.Tab>
        <Tabs.Tab value="egress">Outbound ({outbound.length})</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="ingress" pt="sm">
        <RulesTable direction="ingress" rules={inbound} />
      </Tabs.Panel>
      <Tabs.Panel value="egress" pt="sm">
        <RulesTable direction="egress" rules={outbound} />
      </Tabs.Panel>
    </Tabs>
  );
}
