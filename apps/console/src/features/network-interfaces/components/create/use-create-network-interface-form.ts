import { useForm } from '@mantine/form';
import { type EngineError, type ParamsOf } from '@sg/engine';
import { descriptionProblem } from '@sg/engine/forms';
import { problemText } from '../../../../views/problem-text.ts';

/** Field names are CreateNetworkInterface's parameter names, so an engine error's `Field` names the field to mark. */
export interface CreateNetworkInterfaceValues {
  VpcId: string;
  /** Empty: the VPC's first vSwitch. */
  VSwitchId: string;
  NetworkInterfaceName: string;
  Description: string;
  SecurityGroupIds: string[];
  /** Empty: the next free address of the vSwitch. */
  PrimaryIpAddress: string;
}

type FormField = keyof CreateNetworkInterfaceValues;
const FIELDS: readonly string[] = [
  'VSwitchId',
  'NetworkInterfaceName',
  'Description',
  'SecurityGroupIds',
  'PrimaryIpAddress',
];

export function useCreateNetworkInterfaceForm(initialVpcId: string) {
  return useForm<CreateNetworkInterfaceValues>({
    initialValues: {
      VpcId: initialVpcId,
      VSwitchId: '',
      NetworkInterfaceName: '',
      Description: '',
      SecurityGroupIds: [],
      PrimaryIpAddress: '',
    },
    validate: { Description: (value) => problemText(descriptionProblem(value)) },
    validateInputOnBlur: ['Description'],
  });
}

export function toCreateParams(
  regionId: string,
  values: CreateNetworkInterfaceValues,
  vSwitchId: string,
): ParamsOf<'CreateNetworkInterface'> {
  return {
    RegionId: regionId,
    VSwitchId: vSwitchId,
    NetworkInterfaceName: values.NetworkInterfaceName.trim() || undefined,
    Description: values.Description || undefined,
    SecurityGroupIds: values.SecurityGroupIds,
    PrimaryIpAddress: values.PrimaryIpAddress.trim() || undefined,
  };
}

/** The form field an engine error is about (`SecurityGroupId` too), or null for the dialog's alert. */
export function fieldOfError(error: EngineError): FormField | null {
  const field = error.Field === 'SecurityGroupId' ? 'SecurityGroupIds' : (error.Field ?? '');
  return FIELDS.includes(field) ? (field as FormField) : null;
}
