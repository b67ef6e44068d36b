import { Alert, Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { paths } from '../../../../lib/paths.ts';
import { groupPoliciesQuery } from '../../api/snapshot-queries.ts';

/** Which snapshot policies back the group up, or where to associate it with one. */
export function GroupPoliciesNote({ regionId, groupId }: { regionId: string; groupId: string }) {
  const engine = useEngine();
  const policies = useQuery(groupPoliciesQuery(engine, regionId, groupId));
  const link = (
    <Anchor component={Link} to={paths.snapshots(regionId)} size="sm">
      Security Group Snapshots
    </Anchor>
  );
  if (policies.isPending) return null;
  if (policies.error) return <ApiError error={policies.error} title="Could not load the snapshot policies" />;
  if (policies.data.length === 0) {
    return (
      <Alert color="yellow" p="xs">
        <Text size="sm">
          This security group is not associated with a snapshot policy: its rule changes are not backed up. Associate it
          with a policy on the {link} page.
        </Text>
      </Alert>
    );
  }
  return (
    <Text size="sm">
      Snapshot policies:{' '}
      {policies.data.map((p, i) => (
        <span key={p.SnapshotPolicyId}>
          {i > 0 && ', '}
          <b>{p.SnapshotPolicyName}</b> ({p.SnapshotPolicyId}, {p.Status}, {p.RetentionDays} d)
        </span>
      ))}{' '}
      · {link}
    </Text>
  );
}
