import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { newTagRow, type CreateSecurityGroupValues } from './use-create-security-group-form.ts';

interface TagRowsProps {
  form: UseFormReturnType<CreateSecurityGroupValues>;
}

/** Key/value rows; the whole list is checked at once, as the engine checks it (duplicates, count). */
export function TagRows({ form }: TagRowsProps) {
  const rows = form.values.Tag;
  const recheck = () => form.validateField('Tag');
  return (
    <Input.Wrapper label="Tags" error={form.errors.Tag}>
      <Stack gap="xs" mt={4}>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            No tags.
          </Text>
        )}
        {rows.map((row, index) => (
          <Group key={row.id} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`Tag ${index + 1} key`}
              placeholder="Tag key"
              flex={1}
              {...form.getInputProps(`Tag.${index}.Key`)}
              onBlur={recheck}
            />
            <TextInput
              aria-label={`Tag ${index + 1} value`}
              placeholder="Tag value"
              flex={1}
              {...form.getInputProps(`Tag.${index}.Value`)}
              onBlur={recheck}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove tag ${index + 1}`}
              onClick={() => {
                form.removeListItem('Tag', index);
                form.clearFieldError('Tag');
              }}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => form.insertListItem('Tag', newTagRow())}>
            Add Tag
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
