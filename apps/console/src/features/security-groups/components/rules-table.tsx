import { Checkbox, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { PolicyText } from '../../../components/policy-text.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { RulePorts } from '../../../components/rule-ports.tsx';
import type { RuleView } from '../../../views/rule-view.ts';
import { permissionColumns } from '../../../components/rule-columns.tsx';
import { RuleOperations, type RuleOperationHandlers } from './rule-operations.tsx';

interface RulesTableProps extends RuleOperationHandlers {
  view: RuleView;
  direction: 'ingress' | 'egress';
  /** Already filtered and sorted. */
  rules: Permission[];
  /** Every rule of the direction in the cloud's order, for the position actions (first, last, index). */
  ordered: Permission[];
  emptyText: string;
  selectedIds: string[];
  onSelectionChange: (ids: string[]) => void;
  /** Managed groups are view-only: no selection and no row actions. */
  isReadOnly: boolean;
}

/** One direction's rules in the cloud's columns and words, with a checkbox and the Operation column per rule. */
export function RulesTable(props: RulesTableProps) {
  const { view, direction, rules, emptyText, selectedIds, onSelectionChange, isReadOnly } = props;
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
        aria-label={`Select rule ${r.SecurityGroupRuleId}`}
        checked={selected.has(r.SecurityGroupRuleId)}
        onChange={(e) => toggle(r.SecurityGroupRuleId, e.currentTarget.checked)}
      />
    ),
  };
  const operationColumn: Column<Permission> = {
    key: 'actions',
    header: 'Operation',
    render: (r) => <RuleOperations {...props} rule={r} />,
  };
  const columns: Column<Permission>[] = permissionColumns<Permission>(view, (r) => r, {
    direction,
    cells: {
      policy: (r) => <PolicyText policy={r.Policy} />,
      port: (r) => <RulePorts rule={r} />,
    },
  });
  if (view.words.createdAt) {
    columns.push({
      key: 'created',
      header: view.words.createdAt,
      render: (r) => <Text size="sm">{r.CreateTime}</Text>,
    });
  }
  return (
    <ResourceTable
      label={direction === 'ingress' ? 'Inbound rules' : 'Outbound rules'}
      columns={isReadOnly ? columns : [selectColumn, ...columns, operationColumn]}
      rows={rules}
      rowKey={(r) => r.SecurityGroupRuleId}
      isPending={false}
      error={null}
      emptyText={emptyText}
    />
  );
}
