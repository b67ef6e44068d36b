import { queryOptions } from '@tanstack/react-query';
import { type DiffSideParam, type Engine } from '@sg/engine';
import { SNAPSHOT_SERVICE_NAME } from '@sg/engine/forms';

/** A side of a comparison as the URL names it: a snapshot ID, or `current` for the group's rules now. */
export const CURRENT = 'current';

export function sideParam(side: string): DiffSideParam {
  return side === CURRENT ? { Current: true } : { SnapshotId: side };
}

export const snapshotKeys = {
  all: ['snapshots'] as const,
  role: () => [...snapshotKeys.all, 'serviceLinkedRole'] as const,
  policies: (regionId: string) => [...snapshotKeys.all, regionId, 'policies'] as const,
  groupPolicies: (regionId: string, groupId: string) => [...snapshotKeys.policies(regionId), groupId] as const,
  groupSnapshots: (regionId: string, groupId: string) => [...snapshotKeys.all, regionId, 'snapshots', groupId] as const,
  diff: (regionId: string, groupId: string, from: string, to: string) =>
    [...snapshotKeys.all, regionId, 'diff', groupId, from, to] as const,
  groupOptions: (regionId: string) => [...snapshotKeys.all, regionId, 'groupOptions'] as const,
};

/** True once ALIYUNSECURITYGROUPSNAPSHOTROLE is authorised: the engine remembers it with the world. */
export function snapshotRoleQuery(engine: Engine) {
  return queryOptions({
    queryKey: snapshotKeys.role(),
    queryFn: () => engine.call('DescribeServiceLinkedRoles', { ServiceName: SNAPSHOT_SERVICE_NAME }),
    select: (res) => res.TotalCount > 0,
  });
}

export function snapshotPoliciesQuery(engine: Engine, regionId: string) {
  return queryOptions({
    queryKey: snapshotKeys.policies(regionId),
    queryFn: () => engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: regionId }),
    select: (res) => res.SnapshotPolicies.SnapshotPolicy,
  });
}

/** The policies that hold one group (its Snapshots tab). */
export function groupPoliciesQuery(engine: Engine, regionId: string, groupId: string) {
  return queryOptions({
    queryKey: snapshotKeys.groupPolicies(regionId, groupId),
    queryFn: () =>
      engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: regionId, SecurityGroupId: groupId }),
    select: (res) => res.SnapshotPolicies.SnapshotPolicy,
  });
}

/** A group's snapshots, newest first. */
export function groupSnapshotsQuery(engine: Engine, regionId: string, groupId: string) {
  return queryOptions({
    queryKey: snapshotKeys.groupSnapshots(regionId, groupId),
    queryFn: () => engine.call('DescribeSecurityGroupSnapshots', { RegionId: regionId, SecurityGroupId: groupId }),
    select: (res) => res.Snapshots.Snapshot,
  });
}

/** What changes from `from` to `to` (each a snapshot ID or `current`), computed by the engine. */
export function snapshotDiffQuery(engine: Engine, regionId: string, groupId: string, from: string, to: string) {
  return queryOptions({
    queryKey: snapshotKeys.diff(regionId, groupId, from, to),
    queryFn: () =>
      engine.call('DescribeSecurityGroupSnapshotDiff', {
        RegionId: regionId,
        SecurityGroupId: groupId,
        From: sideParam(from),
        To: sideParam(to),
      }),
  });
}

/** The region's groups a policy can hold (the Associated Security Group picker). */
export function groupOptionsQuery(engine: Engine, regionId: string) {
  return queryOptions({
    queryKey: snapshotKeys.groupOptions(regionId),
    queryFn: () => engine.call('DescribeSecurityGroups', { RegionId: regionId, PageSize: 100 }),
    select: (res) => res.SecurityGroups.SecurityGroup,
  });
}
