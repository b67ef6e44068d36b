import { useForm } from '@mantine/form';
import type { ParamsOf } from '@sg/engine';
import { NETWORK_FIELD_CHECKS } from '@sg/engine/forms';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { fieldValidators } from './field-validators.ts';

/** Field names are CreateVSwitch's parameter names, so an engine error's `Field` names the field to mark. */
export interface CreateVSwitchValues {
  VSwitchName: string;
  ZoneId: string;
  CidrBlock: string;
  Description: string;
}

export const CREATE_VSWITCH_FIELDS = ['VSwitchName', 'ZoneId', 'CidrBlock', 'Description'] as const;

/** The Create vSwitch form. Whether the block fits the VPC is the engine's to say, on OK. */
export function useCreateVSwitchForm(initialZoneId: string) {
  const { network } = useEngine().profile;
  const checks = NETWORK_FIELD_CHECKS.vSwitch;
  return useForm<CreateVSwitchValues>({
    initialValues: { VSwitchName: '', ZoneId: initialZoneId, CidrBlock: '', Description: '' },
    validate: fieldValidators({
      VSwitchName: checks.nameProblem,
      CidrBlock: (value: string) => checks.cidrProblem(value, network),
      Description: checks.descriptionProblem,
    }),
    validateInputOnBlur: true,
  });
}

export function toCreateVSwitchParams(
  regionId: string,
  vpcId: string,
  values: CreateVSwitchValues,
): ParamsOf<'CreateVSwitch'> {
  return {
    RegionId: regionId,
    VpcId: vpcId,
    ZoneId: values.ZoneId,
    VSwitchName: values.VSwitchName,
    CidrBlock: values.CidrBlock.trim(),
    Description: values.Description,
  };
}
