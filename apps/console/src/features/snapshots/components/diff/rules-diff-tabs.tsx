import { Group, Stack, Switch, Tabs, Text, Title } from '@mantine/core';
import type { DirectionDiff } from '@sg/engine';
import { useState, type ReactNode } from 'react';
import { DiffTable, type DiffRow } from '../../../../components/diff-table.tsx';
import { changesText, diffSides } from './diff-rows.ts';

type Direction = 'ingress' | 'egress';

interface RulesDiffTabsProps {
  diff: { Ingress: DirectionDiff; Egress: DirectionDiff };
  /** Headings of the two tables, e.g. "Current Security Group Rules" and "Restored Security Group Rules". */
  beforeLabel: string;
  afterLabel: string;
  changesOnly: boolean;
  onChangesOnlyChange: (value: boolean) => void;
  /** Shown above a direction's tables, e.g. that a one-direction restore leaves it as it is. */
  noteOf?: (direction: Direction) => ReactNode;
}

const TABS: { value: Direction; label: string }[] = [
  { value: 'ingress', label: 'Inbound' },
  { value: 'egress', label: 'Outbound' },
];

/** Inbound and Outbound tabs, each comparing the rules before with the rules after, with its count of changes. */
export function RulesDiffTabs(props: RulesDiffTabsProps) {
  const { diff, beforeLabel, afterLabel, changesOnly, onChangesOnlyChange, noteOf } = props;
  const [tab, setTab] = useState<Direction>('ingress');
  const sides = { ingress: diffSides(diff.Ingress), egress: diffSides(diff.Egress) };
  const shown = (rows: DiffRow[]) => (changesOnly ? rows.filter((r) => r.marker !== '=') : rows);
  return (
    <Tabs value={tab} onChange={(v) => v && setTab(v as Direction)} keepMounted={false}>
      <Group justify="space-between" align="flex-end">
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label} ({changesText(sides[t.value].changes)})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Switch
          label="Changes only"
          checked={changesOnly}
          onChange={(e) => onChangesOnlyChange(e.currentTarget.checked)}
        />
      </Group>
      {TABS.map((t) => (
        <Tabs.Panel key={t.value} value={t.value} pt="sm">
          <Stack gap="sm">
            {noteOf?.(t.value)}
            {[
              { label: beforeLabel, rows: sides[t.value].before, empty: 'No rules.' },
              { label: afterLabel, rows: sides[t.value].after, empty: 'No rules.' },
            ].map((side) => (
              <Stack key={side.label} gap={4}>
                <Title order={5}>{side.label}</Title>
                <DiffTable
                  label={side.label}
                  direction={t.value}
                  rows={shown(side.rows)}
                  emptyText={changesOnly && side.rows.length > 0 ? 'No changes on this side.' : side.empty}
                />
              </Stack>
            ))}
            {sides[t.value].changes === 0 && (
              <Text size="sm" c="dimmed">
                The {t.label.toLowerCase()} rules are the same on both sides.
              </Text>
            )}
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
