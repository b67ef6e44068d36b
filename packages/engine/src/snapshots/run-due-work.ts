import type { ActionContext } from '../context.ts';
import { DAY_MS } from '../model/snapshot.ts';
import { enabledPoliciesOfGroup, expiresAtMs, writeSnapshot } from './snapshot-records.ts';

export interface DueWorkResult {
  SnapshotsCreated: number;
  SnapshotsExpired: number;
}

/**
 * Everything time has made due by `ctx.now`: the snapshots of windows whose 5 minutes are up, and the deletion of
 * snapshots past their retention. The engine runs it at the start of every call and batch (so a Describe right
 * after "+5 minutes" already shows the snapshot) and through RunScheduledTasks, which the console calls on a timer.
 *
 * The result depends only on the stored world and the time, never on when it runs: a snapshot is dated when its
 * window was due, not when it is written. So after the console was closed for a while, the first call catches up
 * with exactly the snapshots that would have been taken, and work lost with a failed commit is simply redone.
 */
export function runDueWork(ctx: ActionContext): DueWorkResult {
  const { tx, now } = ctx;
  let created = 0;
  let expired = 0;
  const due = tx
    .all('snapshotSchedules')
    .filter((s) => s.DueAtMs <= now)
    // Oldest first, so IDs follow the order the snapshots are dated in.
    .sort((a, b) => a.DueAtMs - b.DueAtMs || a.SecurityGroupId.localeCompare(b.SecurityGroupId));
  for (const schedule of due) {
    tx.delete('snapshotSchedules', schedule.SecurityGroupId);
    const group = tx.get('securityGroups', schedule.SecurityGroupId);
    // The policy may have been disabled, deleted or disassociated during the window: then no snapshot.
    const policies = group ? enabledPoliciesOfGroup(tx, group.SecurityGroupId) : [];
    if (!group || policies.length === 0) continue;
    // A catch-up after a long gap would write a snapshot that is already past its retention: skip it.
    const retentionDays = Math.max(...policies.map((p) => p.RetentionDays));
    if (schedule.DueAtMs + retentionDays * DAY_MS <= now) continue;
    writeSnapshot(ctx, group, 'RuleChange', schedule.RulesBefore, schedule.DueAtMs);
    created++;
  }
  for (const snapshot of tx.all('snapshots')) {
    if (expiresAtMs(tx, snapshot) <= now) {
      tx.delete('snapshots', snapshot.SnapshotId);
      expired++;
    }
  }
  return { SnapshotsCreated: created, SnapshotsExpired: expired };
}
