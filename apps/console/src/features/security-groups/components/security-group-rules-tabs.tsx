import { Tabs } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { useSearchParams } from 'react-router';
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
  const [params, setParams] = useSearchParams();
  const rules = group.Permissions.Permission;
  const inbound = rules.filter((r) => r.Direction === 'ingress').length;
  const outbound = rules.length - inbound;
  const isManaged = group.ServiceManaged;
  const filters: RuleFilters = {
    text: params.get('q') ?? '',
    port: params.get('port') ?? '',
    protocol: params.get('protocol') ?? '',
  };
  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
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
          opened={params.get('addRule') === '1'}
          onClose={() => update({ addRule: '' })}
        />
      )}
    </>
  );
}
