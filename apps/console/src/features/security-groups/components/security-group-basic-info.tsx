import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import type { ReactNode } from 'react';
import { groupTypeLabel, innerAccessLabel } from './wording.ts';

type Attribute = ResponseOf<'DescribeSecurityGroupAttribute'>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function SecurityGroupBasicInfo({ group }: { group: Attribute }) {
  const rules = group.Permissions.Permission;
  return (
    <Card withBorder mb="md" aria-label="Basic Information" component="section">
      <Title order={4} mb="sm">
        Basic Information
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Field label="Security Group ID">
          <Text ff="monospace" size="sm">
            {group.SecurityGroupId}
          </Text>
        </Field>
        <Field label="Security Group Name">{group.SecurityGroupName || '-'}</Field>
        <Field label="Security Group Type">{groupTypeLabel(group.SecurityGroupType)}</Field>
        <Field label="VPC">
          <Text ff="monospace" size="sm">
            {group.VpcId}
          </Text>
        </Field>
        <Field label="Internal Access Control Policy">{innerAccessLabel(group.InnerAccessPolicy)}</Field>
        <Field label="Created At">{group.CreationTime}</Field>
        <Field label="Description">{group.Description || '-'}</Field>
        <Field label="Rules">
          {rules.filter((r) => r.Direction === 'ingress').length} inbound,{' '}
          {rules.filter((r) => r.Direction === 'egress').length} outbound
        </Field>
        <Field label="Deletion Protection">{group.DeletionProtection ? 'Enabled' : 'Disabled'}</Field>
        <Field label="Tags">
          <Group gap={4}>
            {group.Tags.Tag.length === 0
              ? '-'
              : group.Tags.Tag.map((t) => (
                  <Badge key={t.TagKey} variant="outline" size="sm" tt="none">
                    {t.TagKey}:{t.TagValue}
                  </Badge>
                ))}
          </Group>
        </Field>
        {group.ServiceManaged && <Field label="Managed">Managed by a cloud service: view only</Field>}
      </SimpleGrid>
    </Card>
  );
}
