import { Stack, Text } from '@mantine/core';
import { previewOfInput } from './preview-rule.ts';
import { DiffTable, type DiffRow } from '../../../../components/diff-table.tsx';
import type { RowCheck } from './rule-row-checks.ts';

interface RuleEditorPreviewProps {
  direction: 'ingress' | 'egress';
  checks: RowCheck[];
}

/** "Preview changes": every rule Save would add, one line per expanded permission. */
export function RuleEditorPreview({ direction, checks }: RuleEditorPreviewProps) {
  const changes: DiffRow[] = checks.flatMap((check, row) =>
    check.expansion.ok
      ? check.expansion.permissions.map((p, i) => ({
          key: `${row}-${i}`,
          marker: '+' as const,
          rule: previewOfInput(p, direction),
        }))
      : [],
  );
  const invalidRows = checks.flatMap((check, row) => (check.expansion.ok ? [] : [row + 1]));
  return (
    <Stack gap="xs">
      <Text size="sm">
        {changes.length === 1 ? '1 rule will be added.' : `${changes.length} rules will be added.`} No rule is changed
        or removed.
      </Text>
      {changes.length > 0 && <DiffTable label="Preview changes" direction={direction} rows={changes} />}
      {invalidRows.length > 0 && (
        <Text size="sm" c="red">
          Not shown: row {invalidRows.join(', ')} {invalidRows.length === 1 ? 'has' : 'have'} errors.
        </Text>
      )}
    </Stack>
  );
}
