import { Badge, Stack, Text } from '@mantine/core';
import type { ImportRowView } from '@sg/engine';
import { ResourceTable, type Column } from '../../../../components/resource-table.tsx';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { directionLabel } from '../../../../views/rule-view.ts';
import { permissionColumns } from '../../../../components/rule-columns.tsx';
import { RuleProblem } from '../rule-problem.tsx';
import { importStatusWording } from './import-status.ts';
import { ImportValues, refusedValue } from './import-values.tsx';

const leadingColumns: Column<ImportRowView>[] = [
  { key: 'index', header: 'Row', render: (r) => r.Index, width: 50 },
  { key: 'direction', header: 'Direction', render: (r) => directionLabel(r.Direction) },
  {
    key: 'status',
    header: 'Check Result',
    render: (r) => {
      const { label, color } = importStatusWording(r.Status);
      return (
        <Stack gap={4} maw={320}>
          <Badge color={color} variant="light" tt="none">
            {label}
          </Badge>
          <RuleProblem code={r.Code} message={r.Message} />
          {refusedValue(r) && (
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
              In the file: {refusedValue(r)}
            </Text>
          )}
        </Stack>
      );
    },
  },
];

/** Every row of an import file with the engine's check result, and the rule, or what the file says when it is none. */
export function ImportRowsTable({ label, rows }: { label: string; rows: ImportRowView[] }) {
  const columns = [
    ...leadingColumns,
    // A row that is not a rule shows what the file says in each column.
    ...permissionColumns<ImportRowView>(useRuleView(), (r) => r.Permission, {
      withoutDirection: true,
      otherwise: (r, column) => <ImportValues row={r} column={column} />,
    }),
  ];
  return (
    <ResourceTable
      label={label}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.Index)}
      isPending={false}
      error={null}
      emptyText="The file holds no rules."
    />
  );
}
