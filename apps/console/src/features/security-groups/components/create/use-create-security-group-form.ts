import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { type EngineError, type ParamsOf, type SecurityGroupType } from '@sg/engine';
import {
  groupDescriptionProblem,
  securityGroupNameProblem,
  securityGroupTemplates,
  tagsProblem,
  type SecurityGroupTemplate,
} from '@sg/engine/forms';
import { problemText } from '../../../../views/problem-text.ts';
import { rowFromTemplate, type RuleRow } from '../rules/rule-rows.ts';
import { useEngine } from '../../../../lib/engine-provider.tsx';

export interface TagRow {
  /** Only for React keys: rows can be removed from the middle. */
  id: string;
  Key: string;
  Value: string;
}

/** Field names are the API's parameter names, so an engine error's `Field` names the field to mark. */
export interface CreateSecurityGroupValues {
  templateId: SecurityGroupTemplate['id'];
  SecurityGroupName: string;
  Description: string;
  SecurityGroupType: SecurityGroupType;
  VpcId: string;
  Tag: TagRow[];
}

type FormField = Exclude<keyof CreateSecurityGroupValues, 'templateId'>;
const FIELDS: readonly string[] = ['SecurityGroupName', 'Description', 'SecurityGroupType', 'VpcId'];

export const newTagRow = (): TagRow => ({ id: randomId(), Key: '', Value: '' });

const apiTags = (rows: TagRow[]) => rows.map(({ Key, Value }) => ({ TagKey: Key, TagValue: Value }));

export function templateOf(id: SecurityGroupTemplate['id']): SecurityGroupTemplate {
  return securityGroupTemplates.find((t) => t.id === id) ?? securityGroupTemplates[0]!;
}

/** A template's inbound rules as rule editor rows, for the dialog to edit before OK. */
export function templateRows(id: SecurityGroupTemplate['id']): RuleRow[] {
  return templateOf(id).ingress.map(rowFromTemplate);
}

/** The form of the Create Security Group dialog; fields are checked early with the engine's own validators. */
export function useCreateSecurityGroupForm(initialVpcId: string, maxTags: number) {
  const cloud = useEngine().profile.name;
  return useForm<CreateSecurityGroupValues>({
    initialValues: {
      templateId: securityGroupTemplates[0]!.id,
      SecurityGroupName: '',
      Description: '',
      SecurityGroupType: 'normal',
      VpcId: initialVpcId,
      Tag: [],
    },
    validate: {
      SecurityGroupName: (value) => problemText(securityGroupNameProblem(value, cloud)),
      Description: (value) => problemText(groupDescriptionProblem(value, cloud)),
      Tag: (rows) => problemText(tagsProblem(apiTags(rows), maxTags)),
    },
    validateInputOnBlur: ['SecurityGroupName', 'Description'],
  });
}

export function toCreateParams(regionId: string, values: CreateSecurityGroupValues): ParamsOf<'CreateSecurityGroup'> {
  return {
    RegionId: regionId,
    VpcId: values.VpcId,
    SecurityGroupName: values.SecurityGroupName,
    Description: values.Description,
    SecurityGroupType: values.SecurityGroupType,
    Tag: values.Tag.map(({ Key, Value }) => ({ Key, Value })),
  };
}

/** The form field an engine error is about (`Tag.N.Key` belongs to the tags), or null for the dialog's alert. */
export function fieldOfError(error: EngineError): FormField | null {
  const field = error.Field ?? '';
  if (field.startsWith('Tag')) return 'Tag';
  return FIELDS.includes(field) ? (field as FormField) : null;
}
