import { Anchor, Breadcrumbs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { securityGroupQuery } from '../../features/security-groups/api/security-group-queries.ts';
import { SnapshotCompare } from '../../features/snapshots/components/compare/snapshot-compare.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';
import { paths } from '../../lib/paths.ts';

/** /:regionId/security-groups/:groupId/snapshots/compare?from=…&to=… (beyond the real console). */
export function SnapshotComparePage() {
  const engine = useEngine();
  const { regionId = '', groupId = '' } = useParams();
  // The group may be gone while its snapshots are kept: the comparison still works between snapshots.
  const group = useQuery(securityGroupQuery(engine, regionId, groupId));
  const name = group.data?.SecurityGroupName ?? '';
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to={paths.securityGroups(regionId)} size="sm">
          Security Groups
        </Anchor>
        <Anchor component={Link} to={paths.securityGroupSnapshots(regionId, groupId)} size="sm">
          {groupId}
        </Anchor>
        <span>Compare</span>
      </Breadcrumbs>
      <PageHeader
        title="Compare Snapshots"
        description={`${name || groupId}: what changed between two versions of the rules`}
      />
      <SnapshotCompare key={groupId} regionId={regionId} groupId={groupId} />
    </>
  );
}
