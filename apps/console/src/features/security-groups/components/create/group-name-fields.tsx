import { TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CloudGroupValues } from './use-cloud-group-form.ts';

interface GroupNameFieldsProps {
  form: UseFormReturnType<CloudGroupValues>;
  /** The description's label in the cloud's words: Tencent "Notes", JD "Description". */
  descriptionLabel: string;
  namePlaceholder?: string;
  descriptionPlaceholder?: string;
}

/** The group's Name and its description, as Tencent's and JD's create dialogs ask them; the engine checks both. */
export function GroupNameFields({
  form,
  descriptionLabel,
  namePlaceholder,
  descriptionPlaceholder,
}: GroupNameFieldsProps) {
  return (
    <>
      <TextInput label="Name" withAsterisk placeholder={namePlaceholder} {...form.getInputProps('SecurityGroupName')} />
      <Textarea
        label={descriptionLabel}
        placeholder={descriptionPlaceholder}
        autosize
        minRows={2}
        maxRows={4}
        {...form.getInputProps('Description')}
      />
    </>
  );
}
