import { Checkbox } from '@mantine/core';
import type { RedundantRuleView } from '@sg/engine';
import { ResourceTable, type Column } from '../../../../components/resource-table.tsx';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { permissionColumns } from '../../../../components/rule-columns.tsx';
import { CoveringRule } from './covering-rule.tsx';

interface RedundantRulesTableProps {
  rules: RedundantRuleView[];
  selectedIds: string[];
  /** Absent: view-only (a managed group), no checkboxes. */
  onSelectionChange?: (ids: string[]) => void;
}

const idOf = (r: RedundantRuleView) => r.Permission.SecurityGroupRuleId;

/** Each redundant rule with the rule that covers it; checkboxes pick the ones to delete. */
export function RedundantRulesTable({ rules, selectedIds, onSelectionChange }: RedundantRulesTableProps) {
  const columns: Column<RedundantRuleView>[] = [
    ...permissionColumns<RedundantRuleView>(useRuleView(), (r) => r.Permission),
    { key: 'covered-by', header: 'Covered By', render: (r) => <CoveringRule rule={r.CoveredBy} /> },
  ];
  if (onSelectionChange) {
    const selected = new Set(selectedIds);
    const count = rules.filter((r) => selected.has(idOf(r))).length;
    columns.unshift({
      key: 'select',
      width: 36,
      header: (
        <Checkbox
          aria-label="Select all redundant rules"
          checked={count > 0 && count === rules.length}
          indeterminate={count > 0 && count < rules.length}
          onChange={(e) => onSelectionChange(e.currentTarget.checked ? rules.map(idOf) : [])}
        />
      ),
      render: (r) => (
        <Checkbox
          aria-label={`Select redundant rule ${idOf(r)}`}
          checked={selected.has(idOf(r))}
          onChange={(e) =>
            onSelectionChange(
              e.currentTarget.checked ? [...selectedIds, idOf(r)] : selectedIds.filter((id) => id !== idOf(r)),
            )
          }
        />
      ),
    });
  }
  return (
    <ResourceTable
      label="Redundant rules"
      columns={columns}
      rows={rules}
      rowKey={idOf}
      isPending={false}
      error={null}
      emptyText="No redundant rules"
    />
  );
}
