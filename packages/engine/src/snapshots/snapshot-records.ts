import type { ActionContext } from '../context.ts';
import { isoTime } from '../clock.ts';
import type { Rule, SecurityGroup } from '../model/security-group.ts';
import {
  DAY_MS,
  DEFAULT_RETENTION_DAYS,
  type SecurityGroupSnapshot,
  type SnapshotPolicy,
  type SnapshotTrigger,
} from '../model/snapshot.ts';
import type { Transaction } from '../transaction.ts';

/** Shared reads and writes of snapshot policies and snapshots: the actions, the tracker and due work agree here. */

/** Policies holding the group, by ID (a group may sit in several). */
export function policiesOfGroup(tx: Transaction, groupId: string): SnapshotPolicy[] {
  return tx
    .all('snapshotPolicies')
    .filter((p) => p.SecurityGroupIds.includes(groupId))
    .sort((a, b) => a.SnapshotPolicyId.localeCompare(b.SnapshotPolicyId));
}

/** Snapshots are taken only while at least one of these exists. */
export function enabledPoliciesOfGroup(tx: Transaction, groupId: string): SnapshotPolicy[] {
  return policiesOfGroup(tx, groupId).filter((p) => p.Status === 'Enabled');
}

/**
 * How long a snapshot is kept: the longest retention among the policies it was taken under that still exist
 * (enabled or not: disabling stops new snapshots, not expiry), with the current RetentionDays, so shortening a
 * policy's retention applies to its existing snapshots too. With none of them left, the default (1 day).
 */
export function retentionDaysOf(tx: Transaction, snapshot: SecurityGroupSnapshot): number {
  let days = 0;
  for (const id of snapshot.SnapshotPolicyIds)
    days = Math.max(days, tx.get('snapshotPolicies', id)?.RetentionDays ?? 0);
  return days || DEFAULT_RETENTION_DAYS;
}

export function expiresAtMs(tx: Transaction, snapshot: SecurityGroupSnapshot): number {
  return snapshot.CreatedAtMs + retentionDaysOf(tx, snapshot) * DAY_MS;
}

/** Snapshots of a region, newest first (ties by ID, so the order is stable). */
export function snapshotsNewestFirst(tx: Transaction, regionId: string): SecurityGroupSnapshot[] {
  return tx
    .all('snapshots')
    .filter((s) => s.RegionId === regionId)
    .sort((a, b) => b.CreatedAtMs - a.CreatedAtMs || b.SnapshotId.localeCompare(a.SnapshotId));
}

/** Writes a snapshot of `rules` dated `atMs`, under the group's enabled policies; returns it. */
export function writeSnapshot(
  ctx: ActionContext,
  group: SecurityGroup,
  trigger: SnapshotTrigger,
  rules: readonly Rule[],
  atMs: number,
): SecurityGroupSnapshot {
  const snapshot: SecurityGroupSnapshot = {
    SnapshotId: ctx.newId('sgs', group.RegionId),
    RegionId: group.RegionId,
    SecurityGroupId: group.SecurityGroupId,
    SecurityGroupName: group.SecurityGroupName,
    Trigger: trigger,
    CreationTime: isoTime(atMs),
    CreatedAtMs: atMs,
    SnapshotPolicyIds: enabledPoliciesOfGroup(ctx.tx, group.SecurityGroupId).map((p) => p.SnapshotPolicyId),
    Rules: [...rules],
  };
  ctx.tx.put('snapshots', snapshot.SnapshotId, snapshot);
  return snapshot;
}
