import { ActionIcon, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { GroupSummary } from '../../queries/interface-group-queries.ts';
import { GroupTypeBadge } from '../group-type-badge.tsx';

interface SecurityGroupTransferProps {
  /** The groups that can be chosen (the VPC's). */
  groups: readonly GroupSummary[];
  /** The chosen IDs, in order; an ID with no group in `groups` still shows, by its ID. */
  selected: readonly string[];
  /** The groups the interface is in now, marked "Current". */
  current: readonly string[];
  onChange: (selected: string[]) => void;
}

const nameOf = (g: GroupSummary | undefined, id: string) => g?.SecurityGroupName || id;

function GroupRow(props: {
  id: string;
  group?: GroupSummary;
  isCurrent: boolean;
  action: 'Add' | 'Remove';
  onClick: () => void;
}) {
  const { id, group, isCurrent, action, onClick } = props;
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" py={4} role="listitem" aria-label={nameOf(group, id)}>
      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text size="sm" truncate title={nameOf(group, id)}>
            {nameOf(group, id)}
          </Text>
          {group && <GroupTypeBadge type={group.SecurityGroupType} />}
          {isCurrent && (
            <Text size="xs" c="dimmed">
              Current
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed" ff="monospace">
          {id}
          {group ? ` · ${group.RuleCount} rules` : ''}
        </Text>
      </Stack>
      <ActionIcon
        variant={action === 'Add' ? 'light' : 'subtle'}
        color={action === 'Add' ? 'blue' : 'red'}
        aria-label={`${action} ${nameOf(group, id)}`}
        onClick={onClick}
        style={{ flexShrink: 0 }}
      >
        {action === 'Add' ? '+' : '−'}
      </ActionIcon>
    </Group>
  );
}

/** Two lists: the VPC's other groups (Add) and the chosen ones (Remove), so adding and removing is one step. */
export function SecurityGroupTransfer({ groups, selected, current, onChange }: SecurityGroupTransferProps) {
  const [search, setSearch] = useState('');
  const headingId = useId();
  const byId = new Map(groups.map((g) => [g.SecurityGroupId, g]));
  const needle = search.trim().toLowerCase();
  const available = groups.filter(
    (g) =>
      !selected.includes(g.SecurityGroupId) &&
      (needle === '' ||
        g.SecurityGroupId.toLowerCase().includes(needle) ||
        g.SecurityGroupName.toLowerCase().includes(needle)),
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Paper withBorder p="sm">
        <Title order={6} mb="xs" id={`${headingId}-available`}>
          Available Security Groups ({available.length})
        </Title>
        <TextInput
          label="Search security groups"
          placeholder="Name or ID"
          size="xs"
          mb="xs"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <ScrollArea.Autosize mah={300} scrollbars="y">
          <div role="list" aria-labelledby={`${headingId}-available`}>
            {available.length === 0 && (
              <Text size="sm" c="dimmed">
                No other security groups in this VPC.
              </Text>
            )}
            {available.map((g) => (
              <GroupRow
                key={g.SecurityGroupId}
                id={g.SecurityGroupId}
                group={g}
                isCurrent={current.includes(g.SecurityGroupId)}
                action="Add"
                onClick={() => onChange([...selected, g.SecurityGroupId])}
              />
            ))}
          </div>
        </ScrollArea.Autosize>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={6} mb="xs" id={`${headingId}-selected`}>
          Selected Security Groups ({selected.length})
        </Title>
        <ScrollArea.Autosize mah={350} scrollbars="y">
          <div role="list" aria-labelledby={`${headingId}-selected`}>
            {selected.length === 0 && (
              <Text size="sm" c="dimmed">
                No security group selected.
              </Text>
            )}
            {selected.map((id) => (
              <GroupRow
                key={id}
                id={id}
                group={byId.get(id)}
                isCurrent={current.includes(id)}
                action="Remove"
                onClick={() => onChange(selected.filter((s) => s !== id))}
              />
            ))}
          </div>
        </ScrollArea.Autosize>
      </Paper>
    </SimpleGrid>
  );
}
