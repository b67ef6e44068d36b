import { Fieldset, Input, SegmentedControl, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useId } from 'react';
import { ExistingSecurityGroupFields } from './existing-security-group-fields.tsx';
import { NewSecurityGroupFields } from './new-security-group-fields.tsx';
import type { CreateInstanceValues, SecurityGroupSource } from './use-create-instance-form.ts';

interface NetworkAndSecurityGroupProps {
  regionId: string;
  form: UseFormReturnType<CreateInstanceValues>;
}

/** Seed 004's "Network and Security Group": join existing groups, or create one with the instance. */
export function NetworkAndSecurityGroup({ regionId, form }: NetworkAndSecurityGroupProps) {
  const labelId = useId();
  return (
    <Fieldset legend="Network and Security Group">
      <Stack gap="sm">
        <Stack gap={4}>
          <Input.Label component="div" id={labelId}>
            Security Group
          </Input.Label>
          <SegmentedControl
            aria-labelledby={labelId}
            data={[
              { value: 'existing', label: 'Existing Security Groups' },
              { value: 'new', label: 'New Security Group' },
            ]}
            {...form.getInputProps('SecurityGroupSource')}
            onChange={(value) => form.setFieldValue('SecurityGroupSource', value as SecurityGroupSource)}
          />
        </Stack>
        {form.values.SecurityGroupSource === 'new' ? (
          <NewSecurityGroupFields form={form} />
        ) : (
          <ExistingSecurityGroupFields regionId={regionId} form={form} />
        )}
      </Stack>
    </Fieldset>
  );
}
