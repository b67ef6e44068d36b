import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { diffSideLabel } from '@sg/engine/forms';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { useUrlState } from '../../../../lib/use-url-state.ts';
import { CURRENT, groupSnapshotsQuery, snapshotDiffQuery } from '../../api/snapshot-queries.ts';
import { RulesDiffTabs } from '../diff/rules-diff-tabs.tsx';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';
import { ExportDiffButtons } from './export-diff-buttons.tsx';
import { SideSelect } from './side-select.tsx';

const RestoreSnapshotDialog = lazyNamed(
  () => import('../restore/restore-snapshot-dialog.tsx'),
  'RestoreSnapshotDialog',
);

interface SnapshotCompareProps {
  regionId: string;
  groupId: string;
}

/**
 * Beyond the real console: any two snapshots of a group, or a snapshot and the current rules, compared by the
 * engine. `?from=` and `?to=` keep the choice in the URL, so a reviewer can be sent the link.
 */
export function SnapshotCompare({ regionId, groupId }: SnapshotCompareProps) {
  const engine = useEngine();
  const [url, update] = useUrlState(['from', 'to'] as const);
  const snapshots = useQuery(groupSnapshotsQuery(engine, regionId, groupId));
  const from = url.from || snapshots.data?.[0]?.SnapshotId || CURRENT;
  const to = url.to || CURRENT;
  const diff = useQuery({ ...snapshotDiffQuery(engine, regionId, groupId, from, to), enabled: !snapshots.isPending });
  const [changesOnly, setChangesOnly] = useState(true);
  const [restoring, setRestoring] = useState(false);
  const [restored, setRestored] = useState<string | null>(null);
  const target = snapshots.data?.find((s) => s.SnapshotId === to) ?? null;

  if (snapshots.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading snapshots" />
      </Center>
    );
  }
  if (snapshots.error) return <ApiError error={snapshots.error} title="Could not load the snapshots" />;
  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <SideSelect label="From" value={from} snapshots={snapshots.data} onChange={(v) => update({ from: v })} />
          <SideSelect label="To" value={to} snapshots={snapshots.data} onChange={(v) => update({ to: v })} />
        </Group>
        <Group gap="xs">
          {diff.data && <ExportDiffButtons regionId={regionId} groupId={groupId} from={from} to={to} />}
          <Button
            color="red"
            variant="light"
            disabled={!target}
            title={target ? undefined : 'Pick a snapshot as To to restore it'}
            onClick={() => setRestoring(true)}
          >
            Restore…
          </Button>
        </Group>
      </Group>
      {restored && (
        <Alert color="green" withCloseButton closeButtonLabel="Dismiss" onClose={() => setRestored(null)}>
          {restored}
        </Alert>
      )}
      {diff.isPending ? (
        <Center py="lg">
          <Loader size="sm" aria-label="Loading the comparison" />
        </Center>
      ) : diff.error ? (
        <ApiError error={diff.error} title="Could not compare the rules" />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            From {diffSideLabel(diff.data.From)} to {diffSideLabel(diff.data.To)}. Rules are matched by content; marked
            rows are added (+), removed (-) or changed (~) going from the first to the second.
          </Text>
          <RulesDiffTabs
            diff={diff.data}
            beforeLabel={`From: ${diffSideLabel(diff.data.From)}`}
            afterLabel={`To: ${diffSideLabel(diff.data.To)}`}
            changesOnly={changesOnly}
            onChangesOnlyChange={setChangesOnly}
          />
        </>
      )}
      <OnceOpened opened={restoring}>
        <RestoreSnapshotDialog
          regionId={regionId}
          groupId={groupId}
          snapshot={restoring ? target : null}
          onClose={() => setRestoring(false)}
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
