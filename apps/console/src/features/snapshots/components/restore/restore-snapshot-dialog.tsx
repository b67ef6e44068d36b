import { Alert, Button, Center, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ResponseOf, SnapshotView } from '@sg/engine';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { ChangedMeanwhileNotice } from '../../../../components/changed-meanwhile-notice.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { CURRENT, snapshotDiffQuery } from '../../api/snapshot-queries.ts';
import { restoreDiffChanges } from '../../api/restore-diff-changes.ts';
import { useRestoreSnapshot } from '../../api/use-restore-snapshot.ts';
import { RulesDiffTabs } from '../diff/rules-diff-tabs.tsx';

type RestoreDirection = 'all' | 'ingress' | 'egress';
type SnapshotRef = Pick<SnapshotView, 'SnapshotId' | 'CreationTime'>;

interface RestoreSnapshotDialogProps {
  regionId: string;
  groupId: string;
  /** The snapshot to restore; the dialog is open while there is one. */
  snapshot: SnapshotRef | null;
  onClose: () => void;
  onRestored?: (result: ResponseOf<'RestoreSecurityGroupSnapshot'>, snapshotId: string) => void;
}

/** "Restore Snapshot": the current rules against the snapshot's, per direction, then one restore call. */
export function RestoreSnapshotDialog({ snapshot, onClose, ...props }: RestoreSnapshotDialogProps) {
  return (
    <Modal opened={snapshot !== null} onClose={onClose} title="Restore Security Group" size="80rem" centered>
      {snapshot && <RestoreForm key={snapshot.SnapshotId} snapshot={snapshot} onClose={onClose} {...props} />}
    </Modal>
  );
}

function RestoreForm(props: Omit<RestoreSnapshotDialogProps, 'snapshot'> & { snapshot: SnapshotRef }) {
  const { regionId, groupId, snapshot, onClose, onRestored } = props;
  const engine = useEngine();
  const diff = useQuery(snapshotDiffQuery(engine, regionId, groupId, CURRENT, snapshot.SnapshotId));
  // The comparison under review stays as it was first shown: a change elsewhere is announced, not swapped in.
  const [pinned, setPinned] = useState<typeof diff.data>(undefined);
  if (pinned === undefined && diff.data) setPinned(diff.data);
  const shown = pinned ?? diff.data;
  const changedMeanwhile = shown && diff.data ? restoreDiffChanges(shown, diff.data) : [];
  const restore = useRestoreSnapshot();
  const [direction, setDirection] = useState<RestoreDirection>('all');
  const [changesOnly, setChangesOnly] = useState(false);
  const reload = () => {
    setPinned(diff.data);
    restore.reset();
  };
  const confirm = () =>
    shown &&
    restore.mutate(
      { RegionId: regionId, SecurityGroupId: groupId, SnapshotId: snapshot.SnapshotId, Direction: direction, shown },
      {
        onSuccess: (result) => {
          onRestored?.(result, snapshot.SnapshotId);
          onClose();
        },
      },
    );
  const kept = (d: 'ingress' | 'egress') =>
    direction !== 'all' && direction !== d ? (
      <Alert color="gray" p="xs">
        Not restored: the {d === 'ingress' ? 'inbound' : 'outbound'} rules are kept as they are.
      </Alert>
    ) : null;
  return (
    <Stack>
      <Text size="sm">
        Security group <b>{groupId}</b>, snapshot <b>{snapshot.SnapshotId}</b> taken at {snapshot.CreationTime}.
      </Text>
      <Alert color="red" title="Confirm the information to be restored">
        The restore operation takes effect immediately and cannot be undone. The restore operation overwrites all
        current rules in the security group with the rules from the snapshot.
      </Alert>
      {diff.isPending ? (
        <Center py="lg">
          <Loader size="sm" aria-label="Loading the comparison" />
        </Center>
      ) : diff.error || !shown ? (
        <ApiError error={diff.error} title="Could not compare the rules" />
      ) : (
        <RulesDiffTabs
          diff={shown}
          beforeLabel="Current Security Group Rules"
          afterLabel="Restored Security Group Rules"
          changesOnly={changesOnly}
          onChangesOnlyChange={setChangesOnly}
          noteOf={kept}
        />
      )}
      <Radio.Group
        label="Rules to restore"
        description="Beyond the real console, which always restores both directions: restore one direction and keep the other as it is."
        value={direction}
        onChange={(v) => setDirection(v as RestoreDirection)}
      >
        <Group mt={6}>
          <Radio value="all" label="Inbound and outbound rules" />
          <Radio value="ingress" label="Inbound rules only" />
          <Radio value="egress" label="Outbound rules only" />
        </Group>
      </Radio.Group>
      <ChangedMeanwhileNotice changes={changedMeanwhile} onReload={reload} />
      {restore.error && <ApiError error={restore.error} title="The security group was not restored" />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" loading={restore.isPending} disabled={!shown} onClick={confirm}>
          OK
        </Button>
      </Group>
    </Stack>
  );
}
