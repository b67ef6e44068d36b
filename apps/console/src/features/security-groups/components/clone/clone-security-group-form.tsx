import { Button, Checkbox, Divider, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '@sg/engine';
import { ApiError } from '../../../../components/api-error.tsx';
import { VpcSelect } from '../../../../components/vpc-select.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { problemText } from '../../../../views/problem-text.ts';
import { vpcListQuery } from '../../../../queries/vpc-queries.ts';
import { clonePlanQuery } from '../../api/security-group-tool-queries.ts';
import { useCloneSecurityGroup } from '../../api/use-clone-security-group.ts';
import { ClonePlan } from './clone-plan.tsx';
import {
  fieldOfCloneError,
  toCloneParams,
  useCloneSecurityGroupForm,
  type CloneField,
  type CloneSource,
} from './use-clone-security-group-form.ts';

type Region = ResponseOf<'DescribeRegions'>['Regions']['Region'][number];

interface CloneSecurityGroupFormProps {
  regionId: string;
  source: CloneSource;
  regions: Region[];
  onCancel: () => void;
  onCloned: (regionId: string, groupId: string) => void;
}

/**
 * Destination region and VPC, name, description, Retain Rule and Copy Tags; below them the engine's plan of
 * what will be copied and left behind, kept current as the fields change. OK clones; a field's error sits next to it.
 */
export function CloneSecurityGroupForm({ regionId, source, regions, onCancel, onCloned }: CloneSecurityGroupFormProps) {
  const engine = useEngine();
  const form = useCloneSecurityGroupForm(regionId, source);
  const { values } = form;
  const vpcs = useQuery(vpcListQuery(engine, values.DestinationRegionId));
  const vpcId = values.DestinationVpcId || (vpcs.data?.[0]?.VpcId ?? '');
  // Typing in a text field would otherwise ask for a new plan at every key.
  const [name] = useDebouncedValue(values.SecurityGroupName, 250);
  const [description] = useDebouncedValue(values.Description, 250);
  const planValues = { ...values, SecurityGroupName: name, Description: description };
  const plan = useQuery({
    ...clonePlanQuery(engine, toCloneParams(regionId, source.SecurityGroupId, planValues, vpcId)),
    enabled: !vpcs.isPending,
    placeholderData: keepPreviousData,
  });
  const clone = useCloneSecurityGroup();
  const planField = fieldOfCloneError(plan.error);
  const errorOf = (field: CloneField) =>
    form.errors[field] ?? (planField === field ? problemText(plan.error) : undefined);
  const unplacedError = clone.error && fieldOfCloneError(clone.error) === null ? clone.error : null;

  const handleRegionChange = (next: string | null) => {
    if (!next) return;
    // Another region's VPCs are others: its first VPC is taken until the user picks one.
    form.setValues({ DestinationRegionId: next, DestinationVpcId: next === regionId ? source.VpcId : '' });
  };
  const handleSubmit = form.onSubmit((submitted) =>
    clone.mutate(toCloneParams(regionId, source.SecurityGroupId, submitted, vpcId), {
      onSuccess: (res) => onCloned(submitted.DestinationRegionId, res.SecurityGroupId),
      onError: (error) => {
        const field = fieldOfCloneError(error);
        if (field) form.setFieldError(field, problemText(error));
      },
    }),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Source: <b>{source.SecurityGroupName || source.SecurityGroupId}</b> ({source.SecurityGroupId}, {regionId})
        </Text>
        <Group grow align="flex-start">
          <Select
            label="Destination Region"
            allowDeselect={false}
            data={regions.map((r) => ({ value: r.RegionId, label: `${r.LocalName} (${r.RegionId})` }))}
            value={values.DestinationRegionId}
            onChange={handleRegionChange}
            error={errorOf('DestinationRegionId')}
            comboboxProps={{ withinPortal: true }}
          />
          <VpcSelect
            vpcs={vpcs.data ?? []}
            value={vpcId || null}
            onChange={(v) => form.setFieldValue('DestinationVpcId', v ?? '')}
            placeholder={vpcs.data?.length === 0 ? 'No VPC in this region' : 'Select a VPC'}
            disabled={vpcs.isPending}
            error={errorOf('DestinationVpcId')}
          />
        </Group>
        <TextInput
          label="Security Group Name"
          {...form.getInputProps('SecurityGroupName')}
          error={errorOf('SecurityGroupName')}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={4}
          {...form.getInputProps('Description')}
          error={errorOf('Description')}
        />
        <Checkbox
          label="Retain Rule"
          description="Rules with a priority higher than 100 are reassigned a priority of 100."
          {...form.getInputProps('RetainRules', { type: 'checkbox' })}
          error={errorOf('RetainRules')}
        />
        <Checkbox
          label="Copy Tags of Current Security Group"
          {...form.getInputProps('CopyTags', { type: 'checkbox' })}
          error={errorOf('CopyTags')}
        />
        <Divider label="What will be copied" labelPosition="left" />
        <ClonePlan
          plan={plan.data}
          isPending={plan.isPending || vpcs.isPending}
          error={planField ? null : plan.error}
          isBlocked={planField !== null}
        />
        {unplacedError && <ApiError error={unplacedError} title="The security group was not cloned" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={clone.isPending}>
            OK
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
