import { Select, TextInput, Textarea } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import type { VpcView } from '../../../components/vpc-select.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { useCloudWords } from '../../../views/cloud-words.ts';
import { useCreateVSwitch } from '../api/use-create-vswitch.ts';
import { CreateForm } from '../../../components/create-form.tsx';
import { useCreateSubmit } from './use-create-submit.ts';
import { CREATE_VSWITCH_FIELDS, toCreateVSwitchParams, useCreateVSwitchForm } from './use-create-vswitch-form.ts';

export type ZoneView = ResponseOf<'DescribeZones'>['Zones']['Zone'][number];

interface CreateVSwitchFormProps {
  regionId: string;
  vpc: VpcView;
  zones: ZoneView[];
  onCancel: () => void;
  onCreated: (vSwitchId: string) => void;
}

/** vSwitch Name (Tencent's and JD's Subnet Name), Zone, IPv4 CIDR Block and Description; OK is one CreateVSwitch call. */
export function CreateVSwitchForm({ regionId, vpc, zones, onCancel, onCreated }: CreateVSwitchFormProps) {
  const { vSwitchMask } = useEngine().profile.network;
  const words = useCloudWords();
  const form = useCreateVSwitchForm(zones[0]?.ZoneId ?? '');
  const create = useCreateVSwitch();
  const toParams = (values: typeof form.values) => toCreateVSwitchParams(regionId, vpc.VpcId, values);
  const submit = useCreateSubmit({ form, create, fields: CREATE_VSWITCH_FIELDS, toParams, onCreated });
  const zoneChoices = zones.map((z) => ({ value: z.ZoneId, label: `${z.LocalName} (${z.ZoneId})` }));
  return (
    <CreateForm
      submit={submit}
      errorTitle={`The ${words.vSwitch} was not created`}
      isPending={create.isPending}
      onCancel={onCancel}
    >
      <TextInput label={`${words.vSwitch} Name`} placeholder="e.g. web-vsw-h" {...form.getInputProps('VSwitchName')} />
      <Select
        label="Zone"
        withAsterisk
        allowDeselect={false}
        data={zoneChoices}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('ZoneId')}
      />
      <TextInput
        label="IPv4 CIDR Block"
        withAsterisk
        placeholder={vpc.CidrBlock}
        description={`Inside the VPC's block ${vpc.CidrBlock}, with a mask of /${vSwitchMask.min} to /${vSwitchMask.max}, overlapping no other ${words.vSwitch} of the VPC. It cannot be changed later.`}
        {...form.getInputProps('CidrBlock')}
      />
      <Textarea label="Description" autosize minRows={2} maxRows={4} {...form.getInputProps('Description')} />
    </CreateForm>
  );
}
