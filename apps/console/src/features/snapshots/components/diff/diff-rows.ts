import { type DirectionDiff, type Rule } from '@sg/engine';
import { peerOf } from '@sg/engine/forms';
import type { DiffRow, PreviewRule } from '../../../../components/diff-table.tsx';

/** A rule in the engine's stored shape (as DescribeSecurityGroupSnapshotDiff returns it) as a diff line. */
export function previewOfStoredRule(rule: Rule): PreviewRule {
  const peer = peerOf(rule);
  return {
    Policy: rule.Policy,
    Priority: String(rule.Priority),
    IpProtocol: rule.IpProtocol,
    PortRange: rule.PortRangeListId || rule.PortRange,
    object: peer.cidr || peer.ipv6 || peer.group || peer.prefixList,
    Description: rule.Description,
  };
}

export interface DiffSides {
  /** The `from` side: its rules, those that go marked `-` and those that change marked `~`. */
  before: DiffRow[];
  /** The `to` side: its rules, the new ones marked `+`, the changed ones `~` with their old values struck. */
  after: DiffRow[];
  /** Added + removed + changed. */
  changes: number;
}

const byPriority = (a: DiffRow, b: DiffRow) => Number(a.rule.Priority) - Number(b.rule.Priority);

/** Lays out one direction of the engine's diff as two tables: the rules before and the rules after. */
export function diffSides(diff: DirectionDiff): DiffSides {
  const row = (marker: DiffRow['marker'], rule: Rule, index: number, before?: Rule): DiffRow => ({
    key: `${marker}${index}-${rule.SecurityGroupRuleId}`,
    marker,
    rule: previewOfStoredRule(rule),
    before: before && previewOfStoredRule(before),
  });
  const unchanged = diff.Unchanged.map((r, i) => row('=', r, i));
  const before = [
    ...diff.Removed.map((r, i) => row('-', r, i)),
    ...diff.Changed.map((c, i) => row('~', c.Before, i)),
    ...unchanged,
  ].sort(byPriority);
  const after = [
    ...diff.Added.map((r, i) => row('+', r, i)),
    ...diff.Changed.map((c, i) => row('~', c.After, i, c.Before)),
    ...unchanged,
  ].sort(byPriority);
  return { before, after, changes: diff.Added.length + diff.Removed.length + diff.Changed.length };
}

export function changesText(count: number): string {
  if (count === 0) return 'no changes';
  return count === 1 ? '1 change' : `${count} changes`;
}
