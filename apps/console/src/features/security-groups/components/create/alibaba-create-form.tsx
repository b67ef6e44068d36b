import { Button, Group, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { securityGroupTemplates } from '@sg/engine/forms';
import { ApiError } from '../../../../components/api-error.tsx';
import { VpcSelect, type VpcView } from '../../../../components/vpc-select.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { problemText } from '../../../../views/problem-text.ts';
import { useCreateSecurityGroup } from '../../api/use-create-security-group.ts';
import { checkRows } from '../rules/rule-row-checks.ts';
import { useRuleRows } from '../rules/use-rule-rows.ts';
import { CreateRulesSection } from './create-rules-section.tsx';
import { TagRows } from './tag-rows.tsx';
import {
  fieldOfError,
  templateOf,
  templateRows,
  toCreateParams,
  useCreateSecurityGroupForm,
} from './use-create-security-group-form.ts';

interface AlibabaCreateFormProps {
  regionId: string;
  vpcs: VpcView[];
  onCancel: () => void;
  /** `inboundRules`: how many inbound rules the group was created with. */
  onCreated: (groupId: string, inboundRules: number) => void;
}

/**
 * Template, name, description, type, VPC, tags and the template's rules as editable rows (seed 004: the rules are
 * configured in the same flow); OK creates the group and all its rules at once, or nothing.
 */
export function AlibabaCreateForm({ regionId, vpcs, onCancel, onCreated }: AlibabaCreateFormProps) {
  const engine = useEngine();
  const form = useCreateSecurityGroupForm(vpcs[0]?.VpcId ?? '', engine.profile.limits.tagsPerResource);
  const create = useCreateSecurityGroup();
  const rules = useRuleRows(() => templateRows(form.values.templateId));
  const template = templateOf(form.values.templateId);
  const checks = checkRows(rules.rows, 'ingress', [], engine.profile.rules);
  const unplacedError = create.error && fieldOfError(create.error) === null ? create.error : null;
  const templateInput = form.getInputProps('templateId');
  const scope = {
    regionId,
    vpcId: form.values.VpcId,
    groupId: '',
    isAdvanced: form.values.SecurityGroupType === 'enterprise',
  };

  const handleSubmit = form.onSubmit((values) => {
    const expansions = checks.map((c) => c.expansion);
    if (expansions.some((e) => !e.ok)) return;
    const ingress = expansions.map((e) => (e.ok ? e.permissions : []));
    create.mutate(
      { params: toCreateParams(regionId, values), ingress },
      {
        onSuccess: (outcome) =>
          outcome.ok ? onCreated(outcome.groupId, ingress.flat().length) : rules.hold(outcome.rowErrors),
        onError: (error) => {
          const field = fieldOfError(error);
          if (field) form.setFieldError(field, problemText(error));
        },
      },
    );
  });

  return (
    <form
      onSubmit={(event) => {
        rules.submit();
        handleSubmit(event);
      }}
      noValidate
    >
      <Stack gap="md">
        <Radio.Group
          label="Template"
          description={template.description}
          {...templateInput}
          onChange={(id) => {
            templateInput.onChange(id);
            // The rules start again from the chosen template's.
            rules.reset(templateRows(id as typeof form.values.templateId));
          }}
        >
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
        <CreateRulesSection editor={rules} checks={checks} scope={scope} groupType={form.values.SecurityGroupType} />
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
