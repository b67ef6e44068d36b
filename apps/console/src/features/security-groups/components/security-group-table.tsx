import { Anchor, Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { IdText } from '../../../components/id-text.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { useCloudWords } from '../../../views/cloud-words.ts';
import { groupTypeLabel } from './wording.ts';

type Group = ResponseOf<'DescribeSecurityGroups'>['SecurityGroups']['SecurityGroup'][number];

interface SecurityGroupTableProps {
  groups: Group[] | undefined;
  isPending: boolean;
  error: unknown;
  hrefOf: (groupId: string) => string;
  emptyText: string;
  /** IDs of the selected rows; with onSelectionChange, adds a checkbox column. */
  selected?: string[];
  onSelectionChange?: (groupIds: string[]) => void;
  /** Adds an Operation column with Delete. */
  onDelete?: (group: Group) => void;
  /** Adds "Clone Security Group" to the Operation column. */
  onClone?: (group: Group) => void;
}

/** The group's marks: the VPC's default group, a group a cloud service manages. */
function GroupMarks({ group }: { group: Group }) {
  return (
    <>
      {group.IsDefault && (
        <Badge size="xs" variant="light">
          Default
        </Badge>
      )}
      {group.ServiceManaged && (
        <Badge size="xs" color="gray">
          Managed
        </Badge>
      )}
    </>
  );
}

const typeColumn: Column<Group> = {
  key: 'type',
  header: 'Security Group Type',
  render: (g) => (
    <Group gap={4}>
      <Text size="sm">{groupTypeLabel(g.SecurityGroupType)}</Text>
      <GroupMarks group={g} />
    </Group>
  ),
};

export function SecurityGroupTable(props: SecurityGroupTableProps) {
  const { groups, isPending, error, hrefOf, emptyText, selected = [], onSelectionChange, onDelete, onClone } = props;
  const words = useCloudWords();
  // Tencent and JD have one kind of group: no type column; the Default and Managed marks go by the name.
  const hasTypes = useEngine().profile.rules.groupTypes.length > 1;
  const columns: Column<Group>[] = [
    {
      key: 'id',
      header: 'Security Group ID/Name',
      render: (g) => (
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={hrefOf(g.SecurityGroupId)}
            size="sm"
            ff="monospace"
            style={{ whiteSpace: 'nowrap' }}
          >
            {g.SecurityGroupId}
          </Anchor>
          <Group gap={4}>
            <Text size="sm">{g.SecurityGroupName || '-'}</Text>
            {!hasTypes && <GroupMarks group={g} />}
          </Group>
        </Stack>
      ),
    },
    { key: 'vpc', header: words.vpc, render: (g) => <IdText>{g.VpcId}</IdText> },
    ...(hasTypes ? [typeColumn] : []),
    { key: 'rules', header: 'Rules', render: (g) => g.RuleCount },
    { key: 'instances', header: 'Instances', render: (g) => g.EcsCount },
    {
      key: 'tags',
      header: 'Tags',
      render: (g) => (
        <Group gap={4}>
          {g.Tags.Tag.length === 0
            ? '-'
            : g.Tags.Tag.map((t) => (
                <Badge
                  key={t.TagKey}
                  variant="outline"
                  size="sm"
                  tt="none"
                  // A tag is read whole: its label must not shrink to an ellipsis in a narrow column.
                  style={{ overflow: 'visible', flexShrink: 0 }}
                  styles={{ label: { overflow: 'visible' } }}
                >
                  {t.TagKey}:{t.TagValue}
                </Badge>
              ))}
        </Group>
      ),
    },
    { key: 'created', header: 'Created At', render: (g) => <Text size="sm">{g.CreationTime}</Text> },
  ];
  if (onSelectionChange) columns.unshift(selectionColumn(groups ?? [], selected, onSelectionChange));
  if (onDelete || onClone) {
    columns.push({
      key: 'actions',
      header: 'Operation',
      width: 110,
      render: (g) => (
        // Links, one above the other, as the console's Operation column: buttons would widen the table past the page.
        <Stack gap={4} align="flex-start">
          {onClone && (
            <Anchor component="button" size="sm" ta="left" onClick={() => onClone(g)}>
              Clone Security Group
            </Anchor>
          )}
          {onDelete && (
            <Anchor component="button" size="sm" c="red" onClick={() => onDelete(g)}>
              Delete
            </Anchor>
          )}
        </Stack>
      ),
    });
  }
  return (
    <ResourceTable
      label="Security groups"
      columns={columns}
      rows={groups}
      rowKey={(g) => g.SecurityGroupId}
      isPending={isPending}
      error={error}
      emptyText={emptyText}
    />
  );
}

function selectionColumn(rows: Group[], selected: string[], onChange: (groupIds: string[]) => void): Column<Group> {
  const ids = rows.map((g) => g.SecurityGroupId);
  const count = ids.filter((id) => selected.includes(id)).length;
  return {
    key: 'select',
    width: 40,
    header: (
      <Checkbox
        aria-label="Select all security groups"
        checked={count > 0 && count === ids.length}
        indeterminate={count > 0 && count < ids.length}
        onChange={(e) => onChange(e.currentTarget.checked ? ids : [])}
      />
    ),
    render: (g) => (
      <Checkbox
        aria-label={`Select ${g.SecurityGroupId}`}
        checked={selected.includes(g.SecurityGroupId)}
        onChange={(e) =>
          onChange(
            e.currentTarget.checked
              ? [...selected, g.SecurityGroupId]
              : selected.filter((id) => id !== g.SecurityGroupId),
          )
        }
      />
    ),
  };
}
