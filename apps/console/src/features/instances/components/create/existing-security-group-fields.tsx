import { Alert, Checkbox, MultiSelect, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { launchSecurityGroupsQuery } from '../../api/instance-queries.ts';
import type { CreateInstanceValues } from './use-create-instance-form.ts';

interface ExistingSecurityGroupFieldsProps {
  regionId: string;
  form: UseFormReturnType<CreateInstanceValues>;
}

/** "Existing Security Groups": the groups to join; none means the VPC's default group, with seed 004's warning. */
export function ExistingSecurityGroupFields({ regionId, form }: ExistingSecurityGroupFieldsProps) {
  const engine = useEngine();
  const groups = useQuery(launchSecurityGroupsQuery(engine, regionId, form.values.VpcId));
  const defaultGroup = groups.data?.find((g) => g.IsDefault);
  const usesDefault = form.values.SecurityGroupIds.length === 0;
  return (
    <Stack gap="sm">
      <MultiSelect
        label="Security Groups"
        placeholder={usesDefault ? 'Default security group' : undefined}
        searchable
        clearable
        data={(groups.data ?? []).map((g) => ({
          value: g.SecurityGroupId,
          label: `${g.SecurityGroupName || g.SecurityGroupId} (${g.SecurityGroupId})`,
        }))}
        description="Optional. With none selected, the instance joins the VPC's default security group, created on first need with inbound ICMP, TCP 22 and TCP 3389 from 0.0.0.0/0 at priority 100."
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('SecurityGroupIds')}
      />
      {groups.error && <ApiError error={groups.error} title="Could not load the security groups" />}
      {usesDefault && defaultGroup && (
        <Text size="sm">
          Default security group of this VPC: {defaultGroup.SecurityGroupName}{' '}
          <Text span ff="monospace" size="sm">
            ({defaultGroup.SecurityGroupId})
          </Text>
        </Text>
      )}
      {usesDefault && (
        <Checkbox
          label="Also open HTTP 80 and HTTPS 443 in the default security group"
          description={
            defaultGroup ? 'The default security group already exists: its rules are kept as they are.' : undefined
          }
          disabled={Boolean(defaultGroup)}
          {...form.getInputProps('DefaultGroupOpenWeb', { type: 'checkbox' })}
        />
      )}
      {usesDefault && (
        <Alert color="yellow" title="Remote management ports">
          If you select remote management ports, such as SSH (22) and RDP (3389), during quick configuration, we
          recommend that you modify the security group rules after you create the instance to allow access only from
          trusted IP addresses.
        </Alert>
      )}
    </Stack>
  );
}
