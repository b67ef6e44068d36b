import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { isEngineError, type ResponseOf } from '@sg/engine';
import { groupDescriptionProblem, securityGroupNameProblem } from '@sg/engine/forms';
import { ApiError } from '../../../../components/api-error.tsx';
import { problemText } from '../../../../views/problem-text.ts';
import { useModifySecurityGroupAttribute } from '../../api/use-modify-security-group-attribute.ts';
import { useEngine } from '../../../../lib/engine-provider.tsx';

type Attribute = ResponseOf<'DescribeSecurityGroupAttribute'>;

/** "Modify": the name and description of a group. */
export function ModifyAttributeButton({ group, isDisabled }: { group: Attribute; isDisabled: boolean }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="light" onClick={open} disabled={isDisabled}>
        Modify
      </Button>
      <Modal opened={opened} onClose={close} title="Modify Security Group" centered>
        <ModifyAttributeForm group={group} onDone={close} />
      </Modal>
    </>
  );
}

const FIELDS = ['SecurityGroupName', 'Description'] as const;

function ModifyAttributeForm({ group, onDone }: { group: Attribute; onDone: () => void }) {
  const modify = useModifySecurityGroupAttribute();
  const cloud = useEngine().profile.name;
  const form = useForm({
    mode: 'controlled',
    initialValues: { SecurityGroupName: group.SecurityGroupName, Description: group.Description },
    validateInputOnBlur: true,
    validate: {
      SecurityGroupName: (value) => problemText(securityGroupNameProblem(value, cloud)),
      Description: (value) => problemText(groupDescriptionProblem(value, cloud)),
    },
  });
  const handleSubmit = form.onSubmit((values) =>
    modify.mutate(
      { RegionId: group.RegionId, SecurityGroupId: group.SecurityGroupId, ...values },
      {
        onSuccess: onDone,
        onError: (error) => {
          const field = FIELDS.find((f) => isEngineError(error) && error.Field === f);
          if (field) form.setFieldError(field, problemText(error));
        },
      },
    ),
  );
  const isFieldError = isEngineError(modify.error) && FIELDS.some((f) => f === modify.error?.Field);
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <TextInput label="Security Group Name" {...form.getInputProps('SecurityGroupName')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('Description')} />
        {modify.error && !isFieldError && <ApiError error={modify.error} title="Could not modify the security group" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={modify.isPending} disabled={!form.isDirty()}>
            OK
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
