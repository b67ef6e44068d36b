import { Tabs } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { AddRulesModal } from './rules/add-rules-modal.tsx';
import type { RuleFilters } from './rules/rule-filters.ts';
import { RulesPanel } from './rules/rules-panel.tsx';

interface Props {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
  direction: 'ingress' | 'egress';
  onDirectionChange: (direction: 'ingress' | 'egress') => void;
}

/**
 * Inbound and Outbound tabs. The active tab, the filters (`q`, `port`, `protocol`) and the open rule editor
 * (`addRule=1`) are part of the URL, so a reload or a shared link keeps them.
 */
export function SecurityGroupRulesTabs({ regionId, group, direction, onDirectionChange }: Props) {
  const [url, update] = useUrlState(['q', 'port', 'protocol', 'addRule'] as const);
  const rules = group.Permissions.Permission;
  const inbound = rules.filter((r) => r.Direction === 'ingress').length;
  const outbound = rules.length - inbound;
  const isManaged = group.ServiceManaged;
  const filters: RuleFilters = { text: url.q, port: url.port, protocol: url.protocol };
  const panel = (
    <RulesPanel
      regionId={regionId}
      group={group}
      direction={direction}
      filters={filters}
      onFiltersChange={(f) => update({ q: f.text, port: f.port, protocol: f.protocol })}
      onAddRule={() => update({ addRule: '1' })}
    />
  );
  return (
    <>
      <Tabs value={direction} onChange={(v) => v && onDirectionChange(v as 'ingress' | 'egress')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="ingress">Inbound ({inbound})</Tabs.Tab>
          <Tabs.Tab value="egress">Outbound ({outbound})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ingress" pt="sm">
          {direction === 'ingress' && panel}
        </Tabs.Panel>
        <Tabs.Panel value="egress" pt="sm">
          {direction === 'egress' && panel}
        </Tabs.Panel>
      </Tabs>
      {!isManaged && (
        <AddRulesModal
          key={direction}
          regionId={regionId}
          group={group}
          direction={direction}
          opened={url.addRule === '1'}
          onClose={() => update({ addRule: '' })}
        />
      )}
    </>
  );
}
