import { Button, Center, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { blankEntryRow, type EntryRow } from './entry-changes.ts';
import type { ListWords } from './list-words.ts';
import type { ListFormValues } from './use-list-form.ts';

interface EntryRowsProps {
  form: UseFormReturnType<ListFormValues>;
  words: ListWords;
  /** The engine's refusal of one row on Save, while that row is unchanged since. */
  rowError: (row: EntryRow) => string | null;
}

/** The entries: key and description per row; new rows can be dropped, existing ones removed or restored. */
export function EntryRows({ form, words, rowError }: EntryRowsProps) {
  const rows = form.getValues().entries;
  return (
    <Stack gap={6} role="group" aria-label="Entries">
      <Text size="sm" fw={500}>
        Entries
      </Text>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No entries. A list can be created empty and filled later.
        </Text>
      )}
      {rows.map((row, i) => {
        const n = i + 1;
        const isExisting = row.original !== null;
        const error = rowError(row);
        return (
          <Stack key={row.rowKey} gap={2} role="group" aria-label={`Entry ${n}`}>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={words.keyLabel}
                aria-label={`${words.keyLabel}, entry ${n}`}
                placeholder={words.keyPlaceholder}
                readOnly={isExisting}
                td={row.isRemoved ? 'line-through' : undefined}
                style={{ flex: 1 }}
                {...form.getInputProps(`entries.${i}.Key`)}
              />
              <TextInput
                label="Description"
                aria-label={`Description, entry ${n}`}
                placeholder="2 to 32 characters (optional)"
                disabled={row.isRemoved}
                style={{ flex: 1 }}
                {...form.getInputProps(`entries.${i}.Description`)}
              />
              <Center w={100} mt={24} h={36}>
                {isExisting ? (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    color={row.isRemoved ? undefined : 'red'}
                    aria-label={`${row.isRemoved ? 'Restore' : 'Remove'} entry ${n}`}
                    onClick={() => form.setFieldValue(`entries.${i}.isRemoved`, !row.isRemoved)}
                  >
                    {row.isRemoved ? 'Restore' : 'Remove'}
                  </Button>
                ) : (
                  <CloseButton aria-label={`Remove entry ${n}`} onClick={() => form.removeListItem('entries', i)} />
                )}
              </Center>
            </Group>
            {error && (
              <Text size="xs" c="red" role="alert">
                {error}
              </Text>
            )}
          </Stack>
        );
      })}
      <Group>
        <Button variant="default" size="xs" onClick={() => form.insertListItem('entries', blankEntryRow())}>
          Add Entry
        </Button>
      </Group>
    </Stack>
  );
}
