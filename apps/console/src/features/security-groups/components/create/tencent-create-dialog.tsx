import { Select } from '@mantine/core';
import { useState } from 'react';
import { CreateForm } from '../../../../components/create-form.tsx';
import { VpcFormModal } from '../../../../components/vpc-form-modal.tsx';
import { VpcSelect, type VpcView } from '../../../../components/vpc-select.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import type { CreateGroupDialogProps } from './create-group-dialog-props.ts';
import { GroupNameFields } from './group-name-fields.tsx';
import { DEFAULT_PROJECT_ID, projectLabel } from '../wording.ts';
import { TencentTemplateField } from './tencent-template-field.tsx';
import { useCloudGroupForm } from './use-cloud-group-form.ts';

/** Seed 002: "by default, Default project is selected" (CreateSecurityGroup's ProjectId, 0 by default). */
const PROJECTS = [{ value: DEFAULT_PROJECT_ID, label: projectLabel(DEFAULT_PROJECT_ID) }];

/** Tencent Cloud's "Create a security group" (seed 002): Template, Name, Project, Notes, and the VPC it serves. */
export function TencentCreateDialog({ regionId, opened, onClose, onCreated }: CreateGroupDialogProps) {
  const words = useCloudWords();
  return (
    <VpcFormModal
      title={words.createGroupTitle}
      regionId={regionId}
      opened={opened}
      onClose={onClose}
      size="xl"
      whenNoVpc="form"
    >
      {(vpcs) => <TencentCreateForm regionId={regionId} vpcs={vpcs} onCancel={onClose} onCreated={onCreated} />}
    </VpcFormModal>
  );
}

interface TencentCreateFormProps extends Pick<CreateGroupDialogProps, 'regionId' | 'onCreated'> {
  vpcs: VpcView[];
  onCancel: () => void;
}

/** OK writes the group with the template's inbound and outbound rules in one batch, or nothing. */
function TencentCreateForm({ regionId, vpcs, onCancel, onCreated }: TencentCreateFormProps) {
  const { templates } = useEngine().profile;
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template = templates.find((t) => t.id === templateId) ?? null;
  const { form, handleSubmit, unplacedError, isPending } = useCloudGroupForm({
    regionId,
    initialVpcId: vpcs[0]?.VpcId ?? '',
    initialProjectId: DEFAULT_PROJECT_ID,
    onCreated,
  });
  return (
    <CreateForm
      submit={{ handleSubmit: handleSubmit(template), unplacedError }}
      errorTitle="The security group was not created"
      isPending={isPending}
      onCancel={onCancel}
    >
      <TencentTemplateField templates={templates} value={templateId} onChange={setTemplateId} />
      <GroupNameFields form={form} descriptionLabel="Notes" descriptionPlaceholder="A short description" />
      <Select
        label="Project"
        data={PROJECTS}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('ProjectId')}
      />
      <VpcSelect
        vpcs={vpcs}
        withCreateLink
        description="Tencent Cloud's security groups are regional; here a group belongs to a VPC and serves its instances."
        {...form.getInputProps('VpcId')}
      />
    </CreateForm>
  );
}
