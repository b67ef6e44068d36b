import { useForm } from '@mantine/form';
import type { EngineError, ParamsOf } from '@sg/engine';
import { groupDescriptionProblem, securityGroupNameProblem, type SecurityGroupTemplate } from '@sg/engine/forms';
import { useState } from 'react';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { problemText } from '../../../../views/problem-text.ts';
import { useCreateSecurityGroup } from '../../api/use-create-security-group.ts';

/** Field names are CreateSecurityGroup's parameter names, so an engine error's `Field` names the field to mark. */
export interface CloudGroupValues {
  SecurityGroupName: string;
  Description: string;
  VpcId: string;
  /** Tencent's project ('0' is "Default project"); '' where the cloud has none. */
  ProjectId: string;
}

const FIELDS: readonly string[] = ['SecurityGroupName', 'Description', 'VpcId', 'ProjectId'];
const fieldOf = (error: EngineError) =>
  FIELDS.includes(error.Field ?? '') ? (error.Field as keyof CloudGroupValues) : null;

interface CloudGroupFormOptions {
  regionId: string;
  initialVpcId: string;
  /** '0' for a cloud with projects (Tencent); '' leaves ProjectId out of the call. */
  initialProjectId?: string;
  /** `inboundRules`: how many inbound rules the group was created with. */
  onCreated: (groupId: string, inboundRules: number) => void;
}

/**
 * The form behind Tencent's and JD's Create Security Group: name and description checked early by the engine's own
 * validators for the shown cloud, then one batch that writes the group and the template's inbound and outbound rules
 * (or nothing). A refusal about a field stands next to it (the 51st JD group in a VPC next to the VPC); any other,
 * a refused template rule included, comes back as `unplacedError` for the dialog's alert.
 */
export function useCloudGroupForm({ regionId, initialVpcId, initialProjectId = '', onCreated }: CloudGroupFormOptions) {
  const cloud = useEngine().profile.name;
  const create = useCreateSecurityGroup();
  const [refusedRule, setRefusedRule] = useState<EngineError | null>(null);
  const form = useForm<CloudGroupValues>({
    initialValues: { SecurityGroupName: '', Description: '', VpcId: initialVpcId, ProjectId: initialProjectId },
    validate: {
      SecurityGroupName: (value) => problemText(securityGroupNameProblem(value, cloud)),
      Description: (value) => problemText(groupDescriptionProblem(value, cloud)),
    },
    validateInputOnBlur: ['SecurityGroupName', 'Description'],
  });

  const handleSubmit = (template: SecurityGroupTemplate | null) =>
    form.onSubmit((values) => {
      setRefusedRule(null);
      const ingress = template && template.ingress.length > 0 ? [template.ingress] : [];
      create.mutate(
        { params: toCreateParams(regionId, values), ingress, egress: template?.egress },
        {
          onSuccess: (outcome) =>
            outcome.ok
              ? onCreated(outcome.groupId, template?.ingress.length ?? 0)
              : setRefusedRule([...outcome.rowErrors.values()][0] ?? null),
          onError: (error) => {
            const field = fieldOf(error);
            if (field) form.setFieldError(field, problemText(error));
          },
        },
      );
    });

  const unplacedError = refusedRule ?? (create.error && fieldOf(create.error) === null ? create.error : null);
  return { form, handleSubmit, unplacedError, isPending: create.isPending };
}

function toCreateParams(regionId: string, values: CloudGroupValues): ParamsOf<'CreateSecurityGroup'> {
  return {
    RegionId: regionId,
    VpcId: values.VpcId,
    SecurityGroupName: values.SecurityGroupName,
    Description: values.Description,
    ...(values.ProjectId ? { ProjectId: values.ProjectId } : {}),
  };
}
