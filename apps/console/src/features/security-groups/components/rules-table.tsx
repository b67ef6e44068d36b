import { Anchor, Checkbox, Group, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { PolicyText } from '../../../components/policy-text.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { RulePeer } from '../../../components/rule-peer.tsx';
import { RulePorts } from '../../../components/rule-ports.tsx';
import { protocolLabel } from '../../../views/rule-wording.ts';

interface RulesTableProps {
  direction: 'ingress' | 'egress';
  /** Already filtered and sorted. */
  rules: Permission[];
  emptyText: string;
  selectedIds: string[];
  onSelectionChange: (ids: string[]) => void;
  /** Managed groups are view-only: no selection and no row actions. */
  isReadOnly: boolean;
  onModify: (rule: Permission) => void;
  onDelete: (rule: Permission) => void;
}

function ruleLabel(rule: Permission): string {
  return rule.SecurityGroupRuleId;
}

export function RulesTable(props: RulesTableProps) {
  const { direction, rules, emptyText, selectedIds, onSelectionChange, isReadOnly, onModify, onDelete } = props;
  const selected = new Set(selectedIds);
  const allSelected = rules.length > 0 && rules.every((r) => selected.has(r.SecurityGroupRuleId));
  const someSelected = rules.some((r) => selected.has(r.SecurityGroupRuleId));
  const toggle = (id: string, checked: boolean) =>
    onSelectionChange(checked ? [...selectedIds, id] : selectedIds.filter((s) => s !== id));

  const selectColumn: Column<Permission> = {
    key: 'select',
    width: 36,
    header: (
      <Checkbox
        aria-label="Select all rules"
        checked={allSelected}
        indeterminate={someSelected && !allSelected}
        onChange={(e) => onSelectionChange(e.currentTarget.checked ? rules.map((r) => r.SecurityGroupRuleId) : [])}
      />
    ),
    render: (r) => (
      <Checkbox
        aria-label={`Select rule ${ruleLabel(r)}`}
        checked={selected.has(r.SecurityGroupRuleId)}
        onChange={(e) => toggle(r.SecurityGroupRuleId, e.currentTarget.checked)}
      />
    ),
  };
  const actionsColumn: Column<Permission> = {
    key: 'actions',
    header: 'Operation',
    render: (r) => (
      <Group gap="sm" wrap="nowrap">
        <Anchor component="button" size="sm" aria-label={`Modify rule ${ruleLabel(r)}`} onClick={() => onModify(r)}>
          Modify
        </Anchor>
        <Anchor
          component="button"
          size="sm"
          c="red"
          aria-label={`Delete rule ${ruleLabel(r)}`}
          onClick={() => onDelete(r)}
        >
          Delete
        </Anchor>
      </Group>
    ),
  };
  const columns: Column<Permission>[] = [
    {
      key: 'policy',
      header: 'Action',
      render: (r) => <PolicyText policy={r.Policy} />,
    },
    { key: 'priority', header: 'Priority', render: (r) => r.Priority },
    { key: 'protocol', header: 'Protocol', render: (r) => protocolLabel(r.IpProtocol) },
    { key: 'port', header: 'Port Range', render: (r) => <RulePorts rule={r} /> },
    {
      key: 'peer',
      header: direction === 'ingress' ? 'Source' : 'Destination',
      render: (r) => <RulePeer rule={r} />,
    },
    { key: 'description', header: 'Description', render: (r) => r.Description || '-' },
    { key: 'created', header: 'Created At', render: (r) => <Text size="sm">{r.CreateTime}</Text> },
  ];
  return (
    <ResourceTable
      label={direction === 'ingress' ? 'Inbound rules' : 'Outbound rules'}
      columns={isReadOnly ? columns : [selectColumn, ...columns, actionsColumn]}
      rows={rules}
      rowKey={(r) => r.SecurityGroupRuleId}
      isPending={false}
      error={null}
      emptyText={emptyText}
    />
  );
}
