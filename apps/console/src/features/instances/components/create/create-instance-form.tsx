import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../../components/api-error.tsx';
import { VpcSelect, type VpcView } from '../../../../components/vpc-select.tsx';
import { VSwitchSelect } from '../../../../components/vswitch-select.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { problemText } from '../../../../views/problem-text.ts';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { vSwitchListQuery } from '../../../../queries/vpc-queries.ts';
import { useRunInstances } from '../../api/use-run-instances.ts';
import { useRunInstancesWithNewGroup } from '../../api/use-run-instances-with-new-group.ts';
import { imageChoices } from './image-choices.ts';
import { NetworkAndSecurityGroup } from './network-and-security-group.tsx';
import {
  fieldOfError,
  toNewGroupInput,
  toRunParams,
  useCreateInstanceForm,
  type CreateInstanceValues,
} from './use-create-instance-form.ts';

interface CreateInstanceFormProps {
  regionId: string;
  vpcs: VpcView[];
  onCancel: () => void;
  onCreated: (instanceIds: string[]) => void;
}

/** Seed 004's purchase flow, simplified: network, image, name, and the security groups to join. */
export function CreateInstanceForm({ regionId, vpcs, onCancel, onCreated }: CreateInstanceFormProps) {
  const engine = useEngine();
  const words = useCloudWords();
  const form = useCreateInstanceForm(vpcs[0]?.VpcId ?? '');
  const vSwitches = useQuery(vSwitchListQuery(engine, regionId, form.values.VpcId));
  const vSwitchId = form.values.VSwitchId || vSwitches.data?.[0]?.VSwitchId || '';
  const runWithGroups = useRunInstances();
  const runWithNewGroup = useRunInstancesWithNewGroup();
  const source = form.values.SecurityGroupSource;
  const run = source === 'new' ? runWithNewGroup : runWithGroups;
  const unplacedError = run.error && fieldOfError(run.error, source) === null ? run.error : null;

  const handleVpcChange = (vpcId: string | null) => {
    // A vSwitch and the groups belong to one VPC: a new VPC starts them over.
    form.setValues({ VpcId: vpcId ?? '', VSwitchId: '', SecurityGroupIds: [] });
  };
  const handleSubmit = form.onSubmit((values: CreateInstanceValues) => {
    const callbacks = {
      onSuccess: onCreated,
      onError: (error: Parameters<typeof fieldOfError>[0]) => {
        const field = fieldOfError(error, values.SecurityGroupSource);
        if (field) form.setFieldError(field, problemText(error));
      },
    };
    if (values.SecurityGroupSource === 'new') {
      runWithNewGroup.mutate(toNewGroupInput(regionId, values, vSwitchId), callbacks);
    } else {
      runWithGroups.mutate(toRunParams(regionId, values, vSwitchId), callbacks);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <VpcSelect vpcs={vpcs} withCreateLink {...form.getInputProps('VpcId')} onChange={handleVpcChange} />
        <VSwitchSelect
          vpcId={form.values.VpcId}
          vSwitches={vSwitches.data}
          {...form.getInputProps('VSwitchId')}
          value={vSwitchId || null}
        />
        {vSwitches.error && <ApiError error={vSwitches.error} title={`Could not load the ${words.vSwitches}`} />}
        <Select
          label="Image"
          allowDeselect={false}
          data={imageChoices}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('ImageId')}
        />
        <TextInput
          label="Instance Name"
          placeholder="Defaults to the instance ID"
          {...form.getInputProps('InstanceName')}
        />
        <NetworkAndSecurityGroup regionId={regionId} form={form} />
        {unplacedError && <ApiError error={unplacedError} title="The instance was not created" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={run.isPending}>
            Create Instance
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
