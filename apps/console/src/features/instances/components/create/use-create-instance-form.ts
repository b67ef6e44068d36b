import { useForm } from '@mantine/form';
import type { EngineError, ParamsOf, SecurityGroupType } from '@sg/engine';
import { imageChoices } from './image-choices.ts';
import { permissionsOf } from './quick-rule-choices.ts';
import type { RunInstancesWithNewGroupInput } from '../../api/use-run-instances-with-new-group.ts';

export type SecurityGroupSource = 'existing' | 'new';

/**
 * Field names are the API's parameter names (RunInstances, and CreateSecurityGroup for a new group), so an engine
 * error's `Field` names the field to mark.
 */
export interface CreateInstanceValues {
  VpcId: string;
  /** Empty: the VPC's first vSwitch. */
  VSwitchId: string;
  ImageId: string;
  InstanceName: string;
  SecurityGroupSource: SecurityGroupSource;
  SecurityGroupIds: string[];
  DefaultGroupOpenWeb: boolean;
  /** "New Security Group": its type, name and the labels of the chosen common rules. */
  SecurityGroupType: SecurityGroupType;
  SecurityGroupName: string;
  QuickRules: string[];
}

type FormField = keyof CreateInstanceValues;
const RUN_FIELDS: readonly string[] = ['VSwitchId', 'ImageId', 'InstanceName'];
const EXISTING_FIELDS: readonly string[] = ['SecurityGroupIds', 'DefaultGroupOpenWeb'];
const NEW_FIELDS: readonly string[] = ['SecurityGroupType', 'SecurityGroupName'];

export function useCreateInstanceForm(initialVpcId: string) {
  return useForm<CreateInstanceValues>({
    initialValues: {
      VpcId: initialVpcId,
      VSwitchId: '',
      ImageId: imageChoices[0]!.value,
      InstanceName: '',
      SecurityGroupSource: 'existing',
      SecurityGroupIds: [],
      DefaultGroupOpenWeb: false,
      SecurityGroupType: 'normal',
      SecurityGroupName: '',
      QuickRules: [],
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

export function toNewGroupInput(
  regionId: string,
  values: CreateInstanceValues,
  vSwitchId: string,
): RunInstancesWithNewGroupInput {
  return {
    group: {
      RegionId: regionId,
      VpcId: values.VpcId,
      SecurityGroupName: values.SecurityGroupName,
      SecurityGroupType: values.SecurityGroupType,
    },
    ingress: permissionsOf(values.QuickRules),
    run: { RegionId: regionId, VSwitchId: vSwitchId, ImageId: values.ImageId, InstanceName: values.InstanceName },
  };
}

/** The form field an engine error is about, or null for the dialog's alert; only fields of the chosen source count. */
export function fieldOfError(error: EngineError, source: SecurityGroupSource): FormField | null {
  const field = error.Field ?? '';
  const fields = [...RUN_FIELDS, ...(source === 'new' ? NEW_FIELDS : EXISTING_FIELDS)];
  return fields.includes(field) ? (field as FormField) : null;
}
