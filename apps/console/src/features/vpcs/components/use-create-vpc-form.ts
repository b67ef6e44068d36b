import { useForm } from '@mantine/form';
import type { ParamsOf } from '@sg/engine';
import { NETWORK_FIELD_CHECKS } from '@sg/engine/forms';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { fieldValidators } from './field-validators.ts';

/** Field names are CreateVpc's parameter names, so an engine error's `Field` names the field to mark. */
export interface CreateVpcValues {
  VpcName: string;
  CidrBlock: string;
  Description: string;
}

export const CREATE_VPC_FIELDS = ['VpcName', 'CidrBlock', 'Description'] as const;

/** The Create VPC form; the block starts as the profile's default, as CreateVpc's own default. */
export function useCreateVpcForm() {
  const { network } = useEngine().profile;
  const checks = NETWORK_FIELD_CHECKS.vpc;
  return useForm<CreateVpcValues>({
    initialValues: { VpcName: '', CidrBlock: network.defaultVpcCidr, Description: '' },
    validate: fieldValidators({
      VpcName: checks.nameProblem,
      CidrBlock: (value: string) => checks.cidrProblem(value, network),
      Description: checks.descriptionProblem,
    }),
    validateInputOnBlur: true,
  });
}

export function toCreateVpcParams(regionId: string, values: CreateVpcValues): ParamsOf<'CreateVpc'> {
  return {
    RegionId: regionId,
    VpcName: values.VpcName,
    CidrBlock: values.CidrBlock.trim(),
    Description: values.Description,
  };
}
