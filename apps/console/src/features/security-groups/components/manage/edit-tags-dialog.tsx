import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { type ResponseOf } from '@sg/engine';
import { tagsProblem } from '@sg/engine/forms';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { useUpdateSecurityGroupTags } from '../../api/use-update-security-group-tags.ts';
import { problemText } from '../../../../views/problem-text.ts';

type Attribute = ResponseOf<'DescribeSecurityGroupAttribute'>;

/** "Edit Tags": key/value rows, saved as one batch of UntagResources and TagResources. */
export function EditTagsButton({ group, isDisabled }: { group: Attribute; isDisabled: boolean }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="light" onClick={open} disabled={isDisabled}>
        Edit Tags
      </Button>
      <Modal opened={opened} onClose={close} title="Edit Tags" centered size="lg">
        <EditTagsForm group={group} onDone={close} />
      </Modal>
    </>
  );
}

function EditTagsForm({ group, onDone }: { group: Attribute; onDone: () => void }) {
  const engine = useEngine();
  const update = useUpdateSecurityGroupTags();
  const [problem, setProblem] = useState<{ Code: string; Message: string } | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { tags: group.Tags.Tag.map((t) => ({ Key: t.TagKey, Value: t.TagValue })) },
  });
  const handleSubmit = form.onSubmit(({ tags }) => {
    const rows = tags.filter((t) => t.Key !== '' || t.Value !== '');
    const found = tagsProblem(
      rows.map((t) => ({ TagKey: t.Key, TagValue: t.Value })),
      engine.profile.limits.tagsPerResource,
    );
    setProblem(found);
    if (found) return;
    const before = new Map(group.Tags.Tag.map((t) => [t.TagKey, t.TagValue]));
    const kept = new Set(rows.map((t) => t.Key));
    update.mutate(
      {
        RegionId: group.RegionId,
        SecurityGroupId: group.SecurityGroupId,
        set: rows.filter((t) => before.get(t.Key) !== t.Value),
        remove: [...before.keys()].filter((key) => !kept.has(key)),
      },
      { onSuccess: onDone },
    );
  });
  const rows = form.getValues().tags;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            No tags.
          </Text>
        )}
        {rows.map((_, index) => (
          <Group key={form.key(`tags.${index}`)} gap="xs" wrap="nowrap" align="flex-start">
            <Group grow gap="xs" style={{ flex: 1 }}>
              <TextInput
                aria-label={`Tag ${index + 1} key`}
                placeholder="Tag key"
                {...form.getInputProps(`tags.${index}.Key`)}
              />
              <TextInput
                aria-label={`Tag ${index + 1} value`}
                placeholder="Tag value"
                {...form.getInputProps(`tags.${index}.Value`)}
              />
            </Group>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove tag ${index + 1}`}
              onClick={() => form.removeListItem('tags', index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="subtle" size="xs" onClick={() => form.insertListItem('tags', { Key: '', Value: '' })}>
            Add Tag
          </Button>
        </Group>
        {problem && (
          <Text size="sm" c="red" role="alert">
            {problemText(problem)}
          </Text>
        )}
        {update.error && <ApiError error={update.error} title="Could not save the tags" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            OK
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
