import { Alert, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import type { EngineError } from '@sg/engine';
import { useState } from 'react';
import { ApiError } from '../../../components/api-error.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import type { ListDetailView, ListKind } from '../../../views/list-views.ts';
import { problemText } from '../../../views/problem-text.ts';
import type { ListSaveOutcome } from '../api/save-list.ts';
import { blankEntryRow, entryChanges, entryRowOf, type EntryChange, type EntryRow } from './entry-changes.ts';
import { EntryRows } from './entry-rows.tsx';
import { LIST_WORDS } from './list-words.ts';
import { fieldOfError, useListForm, type ListFormValues } from './use-list-form.ts';

export interface ListChanges {
  values: ListFormValues;
  adds: EntryChange[];
  removes: EntryChange[];
}

interface ListFormProps {
  kind: ListKind;
  /** The list to modify; null to create one. */
  list: ListDetailView | null;
  isPending: boolean;
  submit: (changes: ListChanges) => Promise<ListSaveOutcome>;
  onDone: () => void;
  onCancel: () => void;
}

function initialValues(list: ListDetailView | null): ListFormValues {
  return {
    Name: list?.Name ?? '',
    Description: list?.Description ?? '',
    AddressFamily: list?.AddressFamily ?? 'IPv4',
    MaxEntries: list?.MaxEntries ?? 10,
    entries: list ? list.Entries.map(entryRowOf) : [blankEntryRow()],
  };
}

/** The fields of Create Prefix List / Create Port List, shared with Modify (where family and MaxEntries are fixed). */
export function ListForm({ kind, list, isPending, submit, onDone, onCancel }: ListFormProps) {
  const words = LIST_WORDS[kind];
  const { limits } = useEngine().profile;
  const form = useListForm(kind, initialValues(list), list ? 'AddEntry' : 'Entry');
  const [failure, setFailure] = useState<EngineError | null>(null);
  const [rowFault, setRowFault] = useState<{ row: EntryRow; text: string } | null>(null);
  const maxLimit = kind === 'prefix' ? limits.prefixListMaxEntries : limits.portRangeListMaxEntries;

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    setRowFault(null);
    const { adds, removes } = entryChanges(values.entries);
    const outcome = await submit({ values, adds, removes });
    if (outcome.ok) return onDone();
    const { error, entry } = outcome;
    const change = entry && (entry.param === 'RemoveEntry' ? removes : adds)[entry.index];
    const row = change ? values.entries[change.rowIndex] : undefined;
    const field = fieldOfError(error);
    if (row) setRowFault({ row, text: problemText(error) ?? '' });
    else if (field) form.setFieldError(field, problemText(error));
    else setFailure(error);
  });
  // A refusal stays next to its row while the row is as it was when refused.
  const rowError = (row: EntryRow) =>
    rowFault && rowFault.row.rowKey === row.rowKey && JSON.stringify(rowFault.row) === JSON.stringify(row)
      ? rowFault.text
      : null;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <TextInput label="Name" withAsterisk {...form.getInputProps('Name')} />
        <TextInput label="Description" {...form.getInputProps('Description')} />
        {list ? (
          <Text size="sm" c="dimmed">
            {kind === 'prefix' && `Address Family: ${list.AddressFamily} · `}Max Entries: {list.MaxEntries}. These
            cannot be changed after the {words.lower} is created.
          </Text>
        ) : (
          <Group grow align="flex-start">
            {kind === 'prefix' && (
              <Select
                label="Address Family"
                data={['IPv4', 'IPv6']}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('AddressFamily')}
              />
            )}
            <NumberInput
              label="Max Entries"
              description={`1 to ${maxLimit}; cannot be changed later. Rules that reference the list count as this many rules.`}
              min={1}
              max={maxLimit}
              allowDecimal={false}
              clampBehavior="none"
              {...form.getInputProps('MaxEntries')}
            />
          </Group>
        )}
        <EntryRows form={form} words={words} rowError={rowError} />
        {failure && <ApiError error={failure} title={`The ${words.lower} was not saved`} />}
        {rowFault && form.getValues().entries.some((r) => rowError(r) !== null) && (
          <Alert color="red" p="xs">
            Fix the entry marked above, then save again. Nothing has been saved.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isPending} disabled={list !== null && !form.isDirty()}>
            OK
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
