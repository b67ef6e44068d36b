import { TextInput, Textarea } from '@mantine/core';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { useCreateVpc } from '../api/use-create-vpc.ts';
import { CreateForm } from '../../../components/create-form.tsx';
import { useCreateSubmit } from './use-create-submit.ts';
import { CREATE_VPC_FIELDS, toCreateVpcParams, useCreateVpcForm } from './use-create-vpc-form.ts';

interface CreateVpcFormProps {
  regionId: string;
  onCancel: () => void;
  onCreated: (vpcId: string) => void;
}

/** VPC Name, IPv4 CIDR Block and Description; OK is one CreateVpc call. */
export function CreateVpcForm({ regionId, onCancel, onCreated }: CreateVpcFormProps) {
  const { vpcCidrRanges, vpcMask } = useEngine().profile.network;
  const form = useCreateVpcForm();
  const create = useCreateVpc();
  const toParams = (values: typeof form.values) => toCreateVpcParams(regionId, values);
  const submit = useCreateSubmit({ form, create, fields: CREATE_VPC_FIELDS, toParams, onCreated });
  return (
    <CreateForm submit={submit} errorTitle="The VPC was not created" isPending={create.isPending} onCancel={onCancel}>
      <TextInput label="VPC Name" placeholder="e.g. prod-vpc" {...form.getInputProps('VpcName')} />
      <TextInput
        label="IPv4 CIDR Block"
        withAsterisk
        description={`${vpcCidrRanges.join(', ')} or a subnet of one of them, with a mask of /${vpcMask.min} to /${vpcMask.max}. It cannot be changed later.`}
        {...form.getInputProps('CidrBlock')}
      />
      <Textarea label="Description" autosize minRows={2} maxRows={4} {...form.getInputProps('Description')} />
    </CreateForm>
  );
}
