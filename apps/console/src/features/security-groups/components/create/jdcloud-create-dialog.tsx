import { Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { CreateForm } from '../../../../components/create-form.tsx';
import { VpcFormModal } from '../../../../components/vpc-form-modal.tsx';
import { VpcSelect, type VpcView } from '../../../../components/vpc-select.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { regionsQuery } from '../../../../queries/region-queries.ts';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import type { CreateGroupDialogProps } from './create-group-dialog-props.ts';
import { GroupNameFields } from './group-name-fields.tsx';
import { useCloudGroupForm } from './use-cloud-group-form.ts';

/**
 * JD Cloud's Create Security Group (seed 003): the region and the virtual private cloud first, then name and
 * description; no templates.
 */
export function JdcloudCreateDialog({ regionId, opened, onClose, onCreated }: CreateGroupDialogProps) {
  const words = useCloudWords();
  return (
    <VpcFormModal
      title={words.createGroupTitle}
      regionId={regionId}
      opened={opened}
      onClose={onClose}
      size="lg"
      whenNoVpc="form"
    >
      {(vpcs) => <JdcloudCreateForm regionId={regionId} vpcs={vpcs} onCancel={onClose} onCreated={onCreated} />}
    </VpcFormModal>
  );
}

interface JdcloudCreateFormProps extends Pick<CreateGroupDialogProps, 'regionId' | 'onCreated'> {
  vpcs: VpcView[];
  onCancel: () => void;
}

/** OK is one CreateSecurityGroup; the 51st group of a VPC is refused next to the VPC, with the engine's message. */
function JdcloudCreateForm({ regionId, vpcs, onCancel, onCreated }: JdcloudCreateFormProps) {
  const engine = useEngine();
  const region = useQuery(regionsQuery(engine)).data?.find((r) => r.RegionId === regionId);
  const { form, handleSubmit, unplacedError, isPending } = useCloudGroupForm({
    regionId,
    initialVpcId: vpcs[0]?.VpcId ?? '',
    onCreated,
  });
  return (
    <CreateForm
      submit={{ handleSubmit: handleSubmit(null), unplacedError }}
      errorTitle="The security group was not created"
      isPending={isPending}
      onCancel={onCancel}
    >
      <Text size="sm">
        Security group can act on any instance of the same virtual private cloud in the same region.
      </Text>
      <TextInput
        label="Region"
        variant="filled"
        value={region ? `${region.LocalName} (${regionId})` : regionId}
        readOnly
      />
      <VpcSelect
        vpcs={vpcs}
        withCreateLink
        description="The security group can only be applied to instances under the same virtual private cloud."
        {...form.getInputProps('VpcId')}
      />
      <GroupNameFields
        form={form}
        descriptionLabel="Description"
        namePlaceholder="e.g. web-cluster-allows-80"
        descriptionPlaceholder="e.g. Allow port 80 and port 443 in inlet direction"
      />
      {engine.profile.rules.defaults === 'deny-all' && (
        <Text size="sm" c="dimmed">
          The new security group rejects all inbound and outbound traffic by default: set its rules on its details page.
        </Text>
      )}
    </CreateForm>
  );
}
