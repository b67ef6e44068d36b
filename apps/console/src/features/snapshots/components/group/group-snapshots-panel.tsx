import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { SnapshotView } from '@sg/engine';
import { useState } from 'react';
import { Link } from 'react-router';
import { IdText } from '../../../../components/id-text.tsx';
import { ResourceTable, type Column } from '../../../../components/resource-table.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { paths } from '../../../../lib/paths.ts';
import { CURRENT, groupSnapshotsQuery } from '../../api/snapshot-queries.ts';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';
import { GroupPoliciesNote } from './group-policies-note.tsx';

const RestoreSnapshotDialog = lazyNamed(
  () => import('../restore/restore-snapshot-dialog.tsx'),
  'RestoreSnapshotDialog',
);

const TRIGGERS: Record<string, string> = { Association: 'Association', RuleChange: 'Rule change' };

/** The group's Snapshots tab: its snapshots, newest first, each with Restore Snapshot and Compare. */
export function GroupSnapshotsPanel({ regionId, groupId }: { regionId: string; groupId: string }) {
  const engine = useEngine();
  const snapshots = useQuery(groupSnapshotsQuery(engine, regionId, groupId));
  const [restoring, setRestoring] = useState<SnapshotView | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const compareHref = (from: string) => paths.snapshotCompare(regionId, groupId, from, CURRENT);
  const columns: Column<SnapshotView>[] = [
    { key: 'id', header: 'Snapshot ID', render: (s) => <IdText>{s.SnapshotId}</IdText> },
    { key: 'created', header: 'Created At', render: (s) => s.CreationTime },
    { key: 'trigger', header: 'Trigger', render: (s) => TRIGGERS[s.Trigger] ?? s.Trigger },
    {
      key: 'policies',
      header: 'Snapshot Policies',
      render: (s) => (
        <Stack gap={0}>
          {s.SnapshotPolicyIds.SnapshotPolicyId.map((id) => (
            <IdText key={id}>{id}</IdText>
          ))}
        </Stack>
      ),
    },
    { key: 'inbound', header: 'Inbound Rules', render: (s) => s.IngressRuleCount },
    { key: 'outbound', header: 'Outbound Rules', render: (s) => s.EgressRuleCount },
    { key: 'expires', header: 'Expires At', render: (s) => s.ExpirationTime },
    {
      key: 'actions',
      header: 'Operation',
      render: (s) => (
        <Group gap="sm" wrap="nowrap">
          <Anchor component="button" size="sm" onClick={() => setRestoring(s)}>
            Restore Snapshot
          </Anchor>
          <Anchor component={Link} size="sm" to={compareHref(s.SnapshotId)}>
            Compare
          </Anchor>
        </Group>
      ),
    },
  ];
  const newest = snapshots.data?.[0];
  return (
    <Stack gap="sm">
      <GroupPoliciesNote regionId={regionId} groupId={groupId} />
      {restored && (
        <Alert color="green" withCloseButton closeButtonLabel="Dismiss" onClose={() => setRestored(null)}>
          {restored}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          A snapshot is taken when the group is associated with an enabled policy, and 5 minutes after its rules change.
        </Text>
        <Button variant="default" component={Link} to={compareHref(newest?.SnapshotId ?? CURRENT)}>
          Compare snapshots
        </Button>
      </Group>
      <ResourceTable
        label="Snapshots"
        columns={columns}
        rows={snapshots.data}
        rowKey={(s) => s.SnapshotId}
        isPending={snapshots.isPending}
        error={snapshots.error}
        emptyText="No snapshots of this security group."
      />
      <OnceOpened opened={restoring !== null}>
        <RestoreSnapshotDialog
          regionId={regionId}
          groupId={groupId}
          snapshot={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(result, id) =>
            setRestored(
              `Restored from ${id}: ${result.IngressRuleCount} inbound and ${result.EgressRuleCount} outbound rules.`,
            )
          }
        />
      </OnceOpened>
    </Stack>
  );
}
