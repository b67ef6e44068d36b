import { Tabs } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import type { ReactNode } from 'react';
import { useRuleView } from '../../../lib/use-rule-view.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { OnceOpened } from '../../../components/once-opened.tsx';
import { lazyNamed } from '../../../lib/lazy-named.ts';
import type { RuleFilters } from './rules/rule-filters.ts';
import { RulesPanel } from './rules/rules-panel.tsx';

const AddRulesModal = lazyNamed(() => import('./rules/add-rules-modal.tsx'), 'AddRulesModal');

export type DetailsTab = 'ingress' | 'egress' | 'snapshots';

interface Props {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
  tab: DetailsTab;
  onTabChange: (tab: DetailsTab) => void;
  /** The Snapshots tab's content, from the snapshots feature (features do not import each other). */
  snapshotsPanel: ReactNode;
}

/**
 * The rules tab (Alibaba, seed 004: "the Access Rule section"), with its Inbound and Outbound tabs in the cloud's
 * words, and the Snapshots tab; each direction and Snapshots has its own URL. The rule filters (`q`, `port`,
 * `protocol`) and the open rule editor (`addRule=1`, and `at`: the place its rules go, where rules are ordered by
 * position) are part of the URL too, so a reload or a shared link keeps them.
 */
export function SecurityGroupDetailsTabs({ regionId, group, tab, onTabChange, snapshotsPanel }: Props) {
  const [url, update] = useUrlState(['q', 'port', 'protocol', 'addRule', 'at'] as const);
  const { words } = useRuleView();
  const rules = group.Permissions.Permission;
  const inbound = rules.filter((r) => r.Direction === 'ingress').length;
  const outbound = rules.length - inbound;
  const isManaged = group.ServiceManaged;
  const filters: RuleFilters = { text: url.q, port: url.port, protocol: url.protocol };
  const direction = tab === 'snapshots' ? null : tab;
  const panel = direction && (
    <RulesPanel
      regionId={regionId}
      group={group}
      direction={direction}
      filters={filters}
      onFiltersChange={(f) => update({ q: f.text, port: f.port, protocol: f.protocol })}
      onAddRule={(at) => update({ addRule: '1', at: at === undefined ? '' : String(at) })}
    />
  );
  return (
    <>
      <Tabs
        value={direction ? 'rules' : 'snapshots'}
        onChange={(v) => v && onTabChange(v === 'rules' ? 'ingress' : 'snapshots')}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="rules">{words.rulesTab}</Tabs.Tab>
          <Tabs.Tab value="snapshots">Snapshots</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules" pt="sm">
          <Tabs
            variant="pills"
            value={direction}
            onChange={(v) => v && onTabChange(v as DetailsTab)}
            keepMounted={false}
          >
            <Tabs.List>
              <Tabs.Tab value="ingress">
                {words.directionTabs.ingress} ({inbound})
              </Tabs.Tab>
              <Tabs.Tab value="egress">
                {words.directionTabs.egress} ({outbound})
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="ingress" pt="sm">
              {direction === 'ingress' && panel}
            </Tabs.Panel>
            <Tabs.Panel value="egress" pt="sm">
              {direction === 'egress' && panel}
            </Tabs.Panel>
          </Tabs>
        </Tabs.Panel>
        <Tabs.Panel value="snapshots" pt="sm">
          {tab === 'snapshots' && snapshotsPanel}
        </Tabs.Panel>
      </Tabs>
      {!isManaged && direction && (
        <OnceOpened key={direction} opened={url.addRule === '1'}>
          <AddRulesModal
            regionId={regionId}
            group={group}
            direction={direction}
            opened={url.addRule === '1'}
            insertAt={url.at === '' ? undefined : Number(url.at)}
            onClose={() => update({ addRule: '', at: '' })}
          />
        </OnceOpened>
      )}
    </>
  );
}
