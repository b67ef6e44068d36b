import { Button, Group, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { securityGroupTemplates, type SecurityGroupTemplate } from '@sg/engine/forms';
import { ApiError } from '../../../../components/api-error.tsx';
import { VpcSelect, type VpcView } from '../../../../components/vpc-select.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { problemText } from '../../../../views/problem-text.ts';
import { useCreateSecurityGroup } from '../../api/use-create-security-group.ts';
import { TagRows } from './tag-rows.tsx';
import { TemplateRulesTable } from './template-rules-table.tsx';
import {
  fieldOfError,
  templateOf,
  toCreateParams,
  useCreateSecurityGroupForm,
} from './use-create-security-group-form.ts';

interface CreateSecurityGroupFormProps {
  regionId: string;
  vpcs: VpcView[];
  onCancel: () => void;
  onCreated: (groupId: string, template: SecurityGroupTemplate) => void;
}

/** Template, name, description, type, VPC and tags; OK creates the group and its template rules at once. */
export function CreateSecurityGroupForm({ regionId, vpcs, onCancel, onCreated }: CreateSecurityGroupFormProps) {
  const engine = useEngine();
  const form = useCreateSecurityGroupForm(vpcs[0]?.VpcId ?? '', engine.profile.limits.tagsPerResource);
  const create = useCreateSecurityGroup();
  const template = templateOf(form.values.templateId);
  const unplacedError = create.error && fieldOfError(create.error) === null ? create.error : null;

  const handleSubmit = form.onSubmit((values) => {
    const chosen = templateOf(values.templateId);
    create.mutate(
      { params: toCreateParams(regionId, values), template: chosen },
      {
        onSuccess: (groupId) => onCreated(groupId, chosen),
        onError: (error) => {
          const field = fieldOfError(error);
          if (field) form.setFieldError(field, problemText(error));
        },
      },
    );
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Radio.Group label="Template" description={template.description} {...form.getInputProps('templateId')}>
          <Group mt={6}>
            {securityGroupTemplates.map((t) => (
              <Radio key={t.id} value={t.id} label={t.name} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput label="Security Group Name" placeholder="e.g. web-sg" {...form.getInputProps('SecurityGroupName')} />
        <Textarea label="Description" autosize minRows={2} maxRows={4} {...form.getInputProps('Description')} />
        <Radio.Group
          label="Security Group Type"
          description="An ECS instance cannot be added to both a basic security group and an advanced security group."
          {...form.getInputProps('SecurityGroupType')}
        >
          <Group mt={6}>
            <Radio value="normal" label="Basic Security Group" />
            <Radio value="enterprise" label="Advanced Security Group" />
          </Group>
        </Radio.Group>
        <VpcSelect
          vpcs={vpcs}
          description="Network Type: VPC. The group can be used by instances in this VPC."
          withCreateLink
          {...form.getInputProps('VpcId')}
        />
        <TagRows form={form} />
        <TemplateRulesTable template={template} groupType={form.values.SecurityGroupType} />
        {unplacedError && <ApiError error={unplacedError} title="The security group was not created" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            OK
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
