import { useForm } from '@mantine/form';
import { type EngineError, type ParamsOf } from '@sg/engine';
import { groupDescriptionProblem, securityGroupNameProblem } from '@sg/engine/forms';
import { problemText } from '../../../../views/problem-text.ts';
import { useEngine } from '../../../../lib/engine-provider.tsx';

/** The group being cloned, as both the list and the details page know it. */
export interface CloneSource {
  SecurityGroupId: string;
  SecurityGroupName: string;
  Description: string;
  VpcId: string;
}

/** Field names are CloneSecurityGroup's parameter names, so an engine error's `Field` names the field to mark. */
export interface CloneValues {
  DestinationRegionId: string;
  /** '' until the user picks one: the region's first VPC is then meant (see effectiveVpcId). */
  DestinationVpcId: string;
  SecurityGroupName: string;
  Description: string;
  RetainRules: boolean;
  CopyTags: boolean;
}

export type CloneField = keyof CloneValues;
const FIELDS: readonly string[] = [
  'DestinationRegionId',
  'DestinationVpcId',
  'SecurityGroupName',
  'Description',
  'RetainRules',
  'CopyTags',
];

/** The clone dialog's form: same region and VPC, `<name>-copy`, rules retained; fields checked by the engine's validators. */
export function useCloneSecurityGroupForm(regionId: string, source: CloneSource) {
  const cloud = useEngine().profile.name;
  return useForm<CloneValues>({
    initialValues: {
      DestinationRegionId: regionId,
      DestinationVpcId: source.VpcId,
      SecurityGroupName: `${source.SecurityGroupName || source.SecurityGroupId}-copy`,
      Description: source.Description,
      RetainRules: true,
      CopyTags: false,
    },
    validate: {
      SecurityGroupName: (value) => problemText(securityGroupNameProblem(value, cloud)),
      Description: (value) => problemText(groupDescriptionProblem(value, cloud)),
    },
    validateInputOnBlur: ['SecurityGroupName', 'Description'],
  });
}

export function toCloneParams(
  regionId: string,
  groupId: string,
  values: CloneValues,
  vpcId: string,
): ParamsOf<'CloneSecurityGroup'> {
  return {
    RegionId: regionId,
    SecurityGroupId: groupId,
    DestinationRegionId: values.DestinationRegionId,
    DestinationVpcId: vpcId,
    SecurityGroupName: values.SecurityGroupName,
    Description: values.Description,
    RetainRules: values.RetainRules,
    CopyTags: values.CopyTags,
  };
}

/** The form field an engine error is about, or null for the dialog's alert. */
export function fieldOfCloneError(error: EngineError | null): CloneField | null {
  const field = error?.Field ?? '';
  return FIELDS.includes(field) ? (field as CloneField) : null;
}
