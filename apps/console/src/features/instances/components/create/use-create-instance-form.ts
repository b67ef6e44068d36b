import { useForm } from '@mantine/form';
import type { EngineError, ParamsOf } from '@sg/engine';
import { imageChoices } from './image-choices.ts';

/** Field names are RunInstances' parameter names, so an engine error's `Field` names the field to mark. */
export interface CreateInstanceValues {
  VpcId: string;
  /** Empty: the VPC's first vSwitch. */
  VSwitchId: string;
  ImageId: string;
  InstanceName: string;
  SecurityGroupIds: string[];
  DefaultGroupOpenWeb: boolean;
}

type FormField = keyof CreateInstanceValues;
const FIELDS: readonly string[] = ['VSwitchId', 'ImageId', 'InstanceName', 'SecurityGroupIds', 'DefaultGroupOpenWeb'];

export function useCreateInstanceForm(initialVpcId: string) {
  return useForm<CreateInstanceValues>({
    initialValues: {
      VpcId: initialVpcId,
      VSwitchId: '',
      ImageId: imageChoices[0]!.value,
      InstanceName: '',
      SecurityGroupIds: [],
      DefaultGroupOpenWeb: false,
    },
  });
}

export function toRunParams(
  regionId: string,
  values: CreateInstanceValues,
  vSwitchId: string,
): ParamsOf<'RunInstances'> {
  return {
    RegionId: regionId,
    VSwitchId: vSwitchId,
    ImageId: values.ImageId,
    InstanceName: values.InstanceName,
    SecurityGroupIds: values.SecurityGroupIds,
    DefaultGroupOpenWeb: values.SecurityGroupIds.length === 0 && values.DefaultGroupOpenWeb,
  };
}

/** The form field an engine error is about, or null for the dialog's alert. */
export function fieldOfError(error: EngineError): FormField | null {
  const field = error.Field ?? '';
  return FIELDS.includes(field) ? (field as FormField) : null;
}
