import { Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { EngineError, ResponseOf } from '@sg/engine';
import { Fragment } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { problemText } from '../../../../views/problem-text.ts';

export interface DeletionCheck {
  dependencies: ResponseOf<'DescribeSecurityGroupDependencies'>;
  deleteProblem: EngineError | null;
  forceDeleteProblem: EngineError | null;
}

interface DeletionCheckItemProps {
  group: { SecurityGroupId: string; SecurityGroupName: string };
  check: DeletionCheck | undefined;
  error: unknown;
  isForceDeleting: boolean;
  onForceDelete: () => void;
}

/** One group of the Delete Security Group dialog: Deletable or Undeletable, and what holds it. */
export function DeletionCheckItem({ group, check, error, isForceDeleting, onForceDelete }: DeletionCheckItemProps) {
  const { SecurityGroupId, SecurityGroupName } = group;
  const deps = check?.dependencies;
  return (
    <Paper component="li" withBorder p="sm" aria-label={SecurityGroupId}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Text size="sm" ff="monospace">
            {SecurityGroupId}
          </Text>
          <Text size="sm">{SecurityGroupName || '-'}</Text>
        </Stack>
        {!deps && !error && <Loader size="xs" aria-label={`Checking ${SecurityGroupId}`} />}
        {deps && (
          <Badge color={deps.Deletable ? 'green' : 'red'} variant="light" tt="none">
            {deps.Deletable ? 'Deletable' : 'Undeletable'}
          </Badge>
        )}
      </Group>
      {!deps && error ? <ApiError error={error} title="Could not check the security group" /> : null}
      {deps && !deps.Deletable && check && <Holders check={check} />}
      {deps && !deps.Deletable && check?.forceDeleteProblem === null && (
        <Group mt="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" c="dimmed">
            Force-delete also removes the rules in the security groups listed above that reference this security group.
          </Text>
          <Button
            size="xs"
            color="red"
            variant="outline"
            style={{ flexShrink: 0 }}
            loading={isForceDeleting}
            onClick={onForceDelete}
          >
            Force-delete
          </Button>
        </Group>
      )}
    </Paper>
  );
}

function Holders({ check }: { check: DeletionCheck }) {
  const deps = check.dependencies;
  return (
    <Stack gap={4} mt="xs">
      {check.deleteProblem && (
        <Text size="sm" c="red">
          {problemText(check.deleteProblem)}
        </Text>
      )}
      <Holder label="Associated instances" items={deps.Instances.map((i) => named(i.InstanceId, i.InstanceName))} />
      <Holder
        label="Associated elastic network interfaces"
        items={deps.NetworkInterfaces.map((n) =>
          named(n.NetworkInterfaceId, [n.Type, n.InstanceId].filter(Boolean).join(', ')),
        )}
      />
      <Holder
        label="Referenced by rules in security groups"
        items={deps.ReferencingSecurityGroups.map((g) => named(g.SecurityGroupId, g.SecurityGroupName))}
      />
      {deps.DeletionProtection && <Text size="sm">Deletion protection is enabled.</Text>}
      {deps.ServiceManaged && (
        <Text size="sm">This security group is managed by a cloud service and can only be viewed.</Text>
      )}
    </Stack>
  );
}

const named = (id: string, name: string) => (name ? `${id} (${name})` : id);

function Holder({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Text size="sm" component="div">
      {label}:{' '}
      {items.map((item, index) => (
        <Fragment key={item}>
          {index > 0 && ', '}
          {/* An ID is read and copied whole: never broken across lines. */}
          <Text span size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {item}
          </Text>
        </Fragment>
      ))}
    </Text>
  );
}
