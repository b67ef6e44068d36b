import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { EffectiveRuleView } from '@sg/engine';
import { allPortsText } from '@sg/engine/forms';
import { Link } from 'react-router';
import { DefaultPriority } from '../../../components/default-priority.tsx';
import { IdText } from '../../../components/id-text.tsx';
import { PolicyText } from '../../../components/policy-text.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { RulePeer } from '../../../components/rule-peer.tsx';
import { RulePorts } from '../../../components/rule-ports.tsx';
import { ruleColumns } from '../../../components/rule-columns.tsx';
import { paths } from '../../../lib/paths.ts';
import { useRuleView } from '../../../lib/use-rule-view.ts';

export interface NumberedEntry {
  n: number;
  entry: EffectiveRuleView;
}

interface EffectiveRulesTableProps {
  label: string;
  regionId: string;
  direction: 'ingress' | 'egress';
  entries: EffectiveRuleView[] | undefined;
  isPending?: boolean;
  error?: unknown;
  /** An extra last column, e.g. whether the entry matched a flow. */
  extra?: Column<NumberedEntry>;
}

function GroupLink({ regionId, id, name }: { regionId: string; id: string; name: string }) {
  return (
    <Anchor component={Link} to={paths.securityGroup(regionId, id)} size="sm">
      {name || id}
    </Anchor>
  );
}

/** Where an entry comes from: its group, or for a default the groups it applies for (none: the platform). */
function EntrySource({
  regionId,
  entry,
  names,
}: {
  regionId: string;
  entry: EffectiveRuleView;
  names: Map<string, string>;
}) {
  if (entry.Kind === 'Rule') {
    return (
      <Stack gap={0}>
        <GroupLink regionId={regionId} id={entry.SecurityGroupId} name={entry.SecurityGroupName} />
        <IdText>{entry.SecurityGroupId}</IdText>
      </Stack>
    );
  }
  if (entry.SecurityGroupIds.length === 0) return <Text size="sm">Platform</Text>;
  return (
    <Group gap={6}>
      {entry.SecurityGroupIds.map((id) => (
        <GroupLink key={id} regionId={regionId} id={id} name={names.get(id) ?? ''} />
      ))}
    </Group>
  );
}

/**
 * An interface's rules and defaults in evaluation order, numbered, in the cloud's rule columns and words (the
 * number is the order where rules have no priority); defaults carry a "Default" badge where there is a Priority.
 */
export function EffectiveRulesTable({
  label,
  regionId,
  direction,
  entries,
  isPending = false,
  error = null,
  extra,
}: EffectiveRulesTableProps) {
  const view = useRuleView();
  const names = new Map((entries ?? []).map((e) => [e.SecurityGroupId, e.SecurityGroupName] as const));
  // A default has no Permission: its own values stand in (every protocol and port, every address).
  const valuesOf = ({ entry }: NumberedEntry) => ({
    ...entry,
    IpProtocol: entry.Permission?.IpProtocol ?? 'ALL',
    PortRange: entry.Permission?.PortRange ?? allPortsText(view.dialect),
    entry,
  });
  const ruleCells = ruleColumns<NumberedEntry, ReturnType<typeof valuesOf>>(
    view,
    valuesOf,
    ({ entry }) => (entry.Permission ? <RulePeer rule={entry.Permission} /> : '-'),
    {
      direction,
      cells: {
        policy: ({ entry }) => <PolicyText policy={entry.Policy} />,
        priority: ({ entry }) =>
          entry.Kind === 'Rule' ? entry.Priority : <DefaultPriority priority={entry.Priority} />,
        port: ({ entry }) => (entry.Permission ? <RulePorts rule={entry.Permission} /> : '-'),
        description: ({ entry }) =>
          entry.Kind === 'Rule' ? (
            entry.Description || '-'
          ) : (
            <Stack gap={0}>
              <Text size="sm">{entry.Description}</Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {entry.DefaultName}
              </Text>
            </Stack>
          ),
      },
    },
  );
  const columns: Column<NumberedEntry>[] = [
    { key: 'n', header: '#', width: 40, render: (r) => r.n },
    ...ruleCells,
    {
      key: 'group',
      header: 'Security Group',
      render: ({ entry }) => <EntrySource regionId={regionId} entry={entry} names={names} />,
    },
  ];
  return (
    <ResourceTable
      label={label}
      columns={extra ? [...columns, extra] : columns}
      rows={entries?.map((entry, i) => ({ n: i + 1, entry }))}
      rowKey={(r) => String(r.n)}
      isPending={isPending}
      error={error}
      emptyText="Nothing applies in this direction."
    />
  );
}
