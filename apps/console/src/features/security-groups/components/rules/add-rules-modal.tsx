import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ResponseOf } from '@sg/engine';
import type { QuickRule } from '@sg/engine/forms';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useAuthorizeRules } from '../../api/use-authorize-rules.ts';
import { ListQuotaNote } from './list-quota-note.tsx';
import { ADVANCED_GROUP_NOTE } from './peer-group-picker.tsx';
import { RuleEditorPreview } from './rule-editor-preview.tsx';
import { RuleEditorRow, type RuleRowsForm } from './rule-editor-row.tsx';
import { RuleQuickChoices } from './rule-quick-choices.tsx';
import { checkRows } from './rule-row-checks.ts';
import { blankRow, isBlankRow, rowFromQuickRule, rowFieldOf, type RowError, type RowField } from './rule-rows.ts';
import { WatchedFlowChanges } from './watched-flow-changes.tsx';

interface AddRulesModalProps {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
  direction: 'ingress' | 'egress';
  opened: boolean;
  onClose: () => void;
}

/** A refusal of a row, kept while the row is as it was when refused. */
interface HeldError {
  snapshot: string;
  error: RowError;
}

/** The multi-row rule editor: many rows, one Save that authorizes them all in one engine batch. */
export function AddRulesModal({ regionId, group, direction, opened, onClose }: AddRulesModalProps) {
  const form = useForm<RuleRowsForm>({ mode: 'controlled', initialValues: { rows: [blankRow()] } });
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [isSubmitted, setSubmitted] = useState(false);
  const [isPreviewing, setPreviewing] = useState(false);
  const [held, setHeld] = useState<ReadonlyMap<string, HeldError>>(new Map());
  const authorize = useAuthorizeRules();
  const rows = form.getValues().rows;
  const checks = checkRows(rows, direction, group.Permissions.Permission);
  const isAdvanced = group.SecurityGroupType === 'enterprise';
  const picker = { regionId, vpcId: group.VpcId, groupId: group.SecurityGroupId, isAdvanced, mode: 'append' as const };

  function close() {
    form.setValues({ rows: [blankRow()] });
    setLeft(new Set());
    setSubmitted(false);
    setPreviewing(false);
    setHeld(new Map());
    authorize.reset();
    onClose();
  }
  function addQuick(quick: QuickRule) {
    const row = rowFromQuickRule(quick);
    const [only] = rows;
    if (rows.length === 1 && only && isBlankRow(only)) form.setFieldValue('rows', [row]);
    else form.insertListItem('rows', row);
  }
  function hold(errors: Map<number, RowError>) {
    const next = new Map<string, HeldError>();
    for (const [index, error] of errors) {
      const row = rows[index];
      if (row) next.set(row.key, { snapshot: JSON.stringify(row), error });
    }
    setHeld(next);
  }
  function save() {
    setSubmitted(true);
    authorize.reset();
    setHeld(new Map());
    const expansions = checks.map((c) => c.expansion);
    if (expansions.some((e) => !e.ok)) return;
    authorize.mutate(
      { regionId, groupId: group.SecurityGroupId, direction, rows: expansions.map((e) => (e.ok ? e.permissions : [])) },
      {
        onSuccess: (outcome) => {
          if (outcome.ok) return close();
          const errors = new Map<number, RowError>();
          for (const [index, e] of outcome.rowErrors) {
            errors.set(index, { field: rowFieldOf(e.Field), Code: e.Code, Message: e.Message });
          }
          hold(errors);
        },
      },
    );
  }

  const heldFor = (index: number): RowError | null => {
    const row = rows[index];
    const entry = row && held.get(row.key);
    return entry && entry.snapshot === JSON.stringify(row) ? entry.error : null;
  };
  const title = direction === 'ingress' ? 'Add Inbound Rule' : 'Add Outbound Rule';
  const isEmpty = rows.length === 0 || rows.every(isBlankRow);
  return (
    <Modal opened={opened} onClose={close} title={title} size={1100}>
      <Stack gap="sm">
        {direction === 'ingress' && <RuleQuickChoices onPick={addQuick} />}
        {isAdvanced && (
          <Text size="sm" c="dimmed">
            {ADVANCED_GROUP_NOTE}
          </Text>
        )}
        {rows.map((row, index) => (
          <RuleEditorRow
            key={row.key}
            form={form}
            index={index}
            direction={direction}
            check={checks[index]}
            engineError={heldFor(index)}
            canShow={(field: RowField) => isSubmitted || left.has(`${row.key}:${field}`)}
            onLeave={(field) => setLeft((s) => new Set(s).add(`${row.key}:${field}`))}
            labelSuffix={`, row ${index + 1}`}
            picker={picker}
            onRemove={() => form.removeListItem('rows', index)}
          />
        ))}
        <Group>
          <Button variant="default" onClick={() => form.insertListItem('rows', blankRow())}>
            Add Row
          </Button>
        </Group>
        <ListQuotaNote checks={checks} />
        {isPreviewing && <RuleEditorPreview direction={direction} checks={checks} />}
        <WatchedFlowChanges regionId={regionId} group={group} direction={direction} checks={checks} />
        {authorize.error && <ApiError error={authorize.error} title="No rule was added" />}
        {isSubmitted && checks.some((c) => !c.expansion.ok) && (
          <Alert color="red" p="xs">
            Fix the errors shown in the rows, then save again. Nothing has been saved.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPreviewing((p) => !p)} disabled={isEmpty}>
            {isPreviewing ? 'Hide preview' : 'Preview changes'}
          </Button>
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={save} loading={authorize.isPending} disabled={isEmpty}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
