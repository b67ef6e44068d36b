import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import type { ReactNode } from 'react';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { useCloudWords } from '../../../views/cloud-words.ts';
import { DeletionProtectionSwitch } from './manage/deletion-protection-switch.tsx';
import { EditTagsButton } from './manage/edit-tags-dialog.tsx';
import { InnerAccessPolicyButton } from './manage/inner-access-policy-dialog.tsx';
import { ManagedGroupNote } from './manage/managed-group-note.tsx';
import { ModifyAttributeButton } from './manage/modify-attribute-dialog.tsx';
import { groupTypeLabel, innerAccessLabel, projectLabel } from './wording.ts';

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
  // A managed group is view-only: the engine refuses every change, so none is offered.
  const isViewOnly = group.ServiceManaged;
  const words = useCloudWords();
  const hasTypes = useEngine().profile.rules.groupTypes.length > 1;
  return (
    <Card withBorder mb="md" aria-label="Basic Information" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Basic Information</Title>
        <Group gap="xs">
          <ModifyAttributeButton group={group} isDisabled={isViewOnly} />
          <EditTagsButton group={group} isDisabled={isViewOnly} />
          <InnerAccessPolicyButton group={group} isDisabled={isViewOnly} />
        </Group>
      </Group>
      {isViewOnly && <ManagedGroupNote regionId={group.RegionId} groupId={group.SecurityGroupId} />}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Field label="Security Group ID">
          <Text ff="monospace" size="sm">
            {group.SecurityGroupId}
          </Text>
        </Field>
        <Field label="Security Group Name">{group.SecurityGroupName || '-'}</Field>
        {hasTypes && <Field label="Security Group Type">{groupTypeLabel(group.SecurityGroupType)}</Field>}
        <Field label={words.vpc}>
          <Text ff="monospace" size="sm">
            {group.VpcId}
          </Text>
        </Field>
        {group.ProjectId !== undefined && <Field label="Project">{projectLabel(group.ProjectId)}</Field>}
        <Field label="Internal Access Control Policy">{innerAccessLabel(group.InnerAccessPolicy)}</Field>
        <Field label="Created At">{group.CreationTime}</Field>
        <Field label="Description">{group.Description || '-'}</Field>
        <Field label="Rules">
          {rules.filter((r) => r.Direction === 'ingress').length} inbound,{' '}
          {rules.filter((r) => r.Direction === 'egress').length} outbound
        </Field>
        <Field label="Deletion Protection">
          <DeletionProtectionSwitch group={group} isDisabled={isViewOnly} />
        </Field>
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
      </SimpleGrid>
    </Card>
  );
}
