import { Alert, Checkbox, Group, Radio, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { opensManagementPort, quickRuleChoices } from './quick-rule-choices.ts';
import type { CreateInstanceValues } from './use-create-instance-form.ts';

/** Seed 004's note on quick configuration, shown when a remote management port is chosen. */
export const REMOTE_PORTS_ADVICE =
  'You cannot configure fine-grained security group rules during instance creation. You can configure them after you create the instance. If you select remote management ports, such as SSH (22) and RDP (3389), during quick configuration, we recommend that you modify the security group rules after you create the instance to allow access only from trusted IP addresses.';

/** "New Security Group": a basic or advanced group with a name and common rules open to 0.0.0.0/0. */
export function NewSecurityGroupFields({ form }: { form: UseFormReturnType<CreateInstanceValues> }) {
  return (
    <Stack gap="sm">
      <Radio.Group
        label="Security Group Type"
        description="An ECS instance cannot be added to both a basic security group and an advanced security group."
        {...form.getInputProps('SecurityGroupType')}
      >
        <Group mt={6}>
          <Radio value="normal" label="Basic Security Group" />
          <Radio value="enterprise" label="Advanced Security Group" />
        </Group>
      </Radio.Group>
      <TextInput label="Security Group Name" placeholder="e.g. web-sg" {...form.getInputProps('SecurityGroupName')} />
      <Checkbox.Group
        label="Common Rules"
        description="Each selected rule allows inbound traffic from all IP addresses (0.0.0.0/0) to the port or protocol."
        {...form.getInputProps('QuickRules')}
      >
        <Group mt={6}>
          {quickRuleChoices.map((c) => (
            <Checkbox key={c.label} value={c.label} label={c.label} />
          ))}
        </Group>
      </Checkbox.Group>
      {opensManagementPort(form.values.QuickRules) && (
        <Alert color="yellow" title="Remote management ports">
          {REMOTE_PORTS_ADVICE}
        </Alert>
      )}
    </Stack>
  );
}
