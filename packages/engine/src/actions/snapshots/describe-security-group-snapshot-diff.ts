import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import type { Rule } from '../../model/security-group.ts';
import { diffRules, type DirectionDiff } from '../../snapshots/diff-rules.ts';
import type { Transaction } from '../../transaction.ts';
import { optionalBoolean, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readGroupId, requireGroup } from '../security-groups/group-lookup.ts';
import { readSnapshotId, requireSnapshot } from './snapshot-lookup.ts';

/** One side of the comparison: a snapshot of the group, or its current rules. */
export type DiffSideParam = { SnapshotId: string; Current?: false } | { Current: true; SnapshotId?: undefined };

export interface DescribeSecurityGroupSnapshotDiffParams {
  RegionId: string;
  SecurityGroupId: string;
  /** The "before" side. */
  From: DiffSideParam;
  /** The "after" side; the current rules by default (what a restore of `From` would undo). */
  To?: DiffSideParam;
}

export interface DiffSideView {
  /** '' for the current rules. */
  SnapshotId: string;
  Current: boolean;
  /** The snapshot's time, or now for the current rules. */
  Time: string;
}

export interface DescribeSecurityGroupSnapshotDiffResponse {
  SecurityGroupId: string;
  From: DiffSideView;
  To: DiffSideView;
  /** Rules in the engine's stored shape (Policy `accept`/`drop`, Priority a number), matched by content. */
  Ingress: DirectionDiff;
  Egress: DirectionDiff;
}

/**
 * Ours, beyond the real console (which only previews a restore): compares any two snapshots of a group, or a
 * snapshot with the current rules, per direction, matching rules by content (snapshots/diff-rules.ts).
 * To preview a restore of snapshot S, compare From Current To S.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidParameter.From, InvalidParameter.To, MissingParameter.SnapshotId,
 * InvalidSnapshotId.Malformed, InvalidSecurityGroupId.NotFound (comparing with the current rules of a group
 * that is gone), InvalidSnapshotId.NotFound, InvalidSnapshotId.SecurityGroupMismatch
 */
export const describeSecurityGroupSnapshotDiff = defineAction<
  DescribeSecurityGroupSnapshotDiffParams,
  DescribeSecurityGroupSnapshotDiffResponse
>({
  readOnly: true,
  run: compareSnapshotSides,
});

/** The comparison itself, shared with ExportSecurityGroupSnapshotDiff (same parameters, same codes). */
export function compareSnapshotSides(
  ctx: ActionContext,
  params: DescribeSecurityGroupSnapshotDiffParams,
): DescribeSecurityGroupSnapshotDiffResponse {
  const region = requireRegion(ctx, params.RegionId);
  const groupId = readGroupId(params.SecurityGroupId);
  const from = readSide(params.From, 'From');
  const to = readSide(params.To ?? { Current: true }, 'To');
  const resolve = (side: Side, field: string) => resolveSide(ctx.tx, region.RegionId, groupId, side, field, ctx.time);
  const before = resolve(from, 'From.SnapshotId');
  const after = resolve(to, 'To.SnapshotId');
  const diff = diffRules(before.rules, after.rules);
  return { SecurityGroupId: groupId, From: before.view, To: after.view, ...diff };
}

type Side = { current: true } | { current: false; snapshotId: string };

function readSide(value: unknown, name: 'From' | 'To'): Side {
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  const current = raw ? optionalBoolean(raw.Current, `${name}.Current`) : undefined;
  const hasSnapshot = raw !== null && raw.SnapshotId !== undefined && raw.SnapshotId !== null;
  // Exactly one of the two: a snapshot, or Current: true.
  if (!raw || (current === true) === hasSnapshot) {
    fail(
      `InvalidParameter.${name}`,
      `The specified parameter ${name} is not valid. Give either { SnapshotId } or { Current: true }.`,
      400,
      name,
    );
  }
  return current
    ? { current: true }
    : { current: false, snapshotId: readSnapshotId(raw.SnapshotId, `${name}.SnapshotId`) };
}

function resolveSide(
  tx: Transaction,
  regionId: string,
  groupId: string,
  side: Side,
  field: string,
  now: string,
): { rules: readonly Rule[]; view: DiffSideView } {
  if (side.current) {
    const group = requireGroup(tx, regionId, groupId);
    return { rules: group.Rules, view: { SnapshotId: '', Current: true, Time: now } };
  }
  const snapshot = requireSnapshot(tx, regionId, side.snapshotId, groupId, field);
  return {
    rules: snapshot.Rules,
    view: { SnapshotId: snapshot.SnapshotId, Current: false, Time: snapshot.CreationTime },
  };
}

/** How a side is named on the compare page and in its exports: `Snapshot sgs-… (time)` or `Current rules (time)`. */
export function diffSideLabel(side: DiffSideView): string {
  return side.Current ? `Current rules (${side.Time})` : `Snapshot ${side.SnapshotId} (${side.Time})`;
}
