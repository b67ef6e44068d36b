import { Button, Group, MultiSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../../components/api-error.tsx';
import { VpcSelect, type VpcView } from '../../../../components/vpc-select.tsx';
import { VSwitchSelect } from '../../../../components/vswitch-select.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { vpcGroupsQuery } from '../../../../queries/interface-group-queries.ts';
import { problemText } from '../../../../views/problem-text.ts';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { vSwitchListQuery } from '../../../../queries/vpc-queries.ts';
import { useCreateNetworkInterface } from '../../api/use-create-network-interface.ts';
import { fieldOfError, toCreateParams, useCreateNetworkInterfaceForm } from './use-create-network-interface-form.ts';

interface CreateNetworkInterfaceFormProps {
  regionId: string;
  vpcs: VpcView[];
  onCancel: () => void;
  onCreated: (networkInterfaceId: string) => void;
}

/** A secondary interface: its vSwitch (through its VPC), name, description, security groups and optional IP. */
export function CreateNetworkInterfaceForm({ regionId, vpcs, onCancel, onCreated }: CreateNetworkInterfaceFormProps) {
  const engine = useEngine();
  const words = useCloudWords();
  const form = useCreateNetworkInterfaceForm(vpcs[0]?.VpcId ?? '');
  const vSwitches = useQuery(vSwitchListQuery(engine, regionId, form.values.VpcId));
  const groups = useQuery(vpcGroupsQuery(engine, regionId, form.values.VpcId));
  const vSwitchId = form.values.VSwitchId || vSwitches.data?.[0]?.VSwitchId || '';
  const create = useCreateNetworkInterface();
  const unplacedError = create.error && fieldOfError(create.error) === null ? create.error : null;

  const handleVpcChange = (vpcId: string | null) => {
    // A vSwitch and the groups belong to one VPC: a new VPC starts them over.
    form.setValues({ VpcId: vpcId ?? '', VSwitchId: '', SecurityGroupIds: [] });
  };
  const handleSubmit = form.onSubmit((values) =>
    create.mutate(toCreateParams(regionId, values, vSwitchId), {
      onSuccess: onCreated,
      onError: (error) => {
        const field = fieldOfError(error);
        if (field) form.setFieldError(field, problemText(error));
      },
    }),
  );

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
        <TextInput
          label="Network Interface Name"
          placeholder="Optional"
          {...form.getInputProps('NetworkInterfaceName')}
        />
        <Textarea label="Description" autosize minRows={2} maxRows={4} {...form.getInputProps('Description')} />
        <MultiSelect
          label="Security Groups"
          placeholder="Select security groups of the VPC"
          searchable
          data={(groups.data ?? []).map((g) => ({
            value: g.SecurityGroupId,
            label: `${g.SecurityGroupName || g.SecurityGroupId} (${g.SecurityGroupId}) · ${g.SecurityGroupType === 'enterprise' ? 'Advanced' : 'Basic'}`,
          }))}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('SecurityGroupIds')}
        />
        {groups.error && <ApiError error={groups.error} title="Could not load the security groups" />}
        <TextInput
          label="Primary Private IP"
          placeholder={`Optional: a free address of the ${words.vSwitch}`}
          {...form.getInputProps('PrimaryIpAddress')}
        />
        {unplacedError && <ApiError error={unplacedError} title="The network interface was not created" />}
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
