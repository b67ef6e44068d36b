import type { ResponseOf } from '@sg/engine';

type Diff = ResponseOf<'DescribeSecurityGroupSnapshotDiff'>;

/**
 * How a restore's comparison differs from the one the dialog showed, per direction, in words: the restore would
 * now add, remove or change other rules than the reviewer saw. Empty when it would do the same.
 */
export function restoreDiffChanges(shown: Diff, now: Diff): string[] {
  return (['Ingress', 'Egress'] as const).flatMap((direction) => {
    if (JSON.stringify(shown[direction]) === JSON.stringify(now[direction])) return [];
    const counts = (d: Diff) =>
      `add ${d[direction].Added.length}, remove ${d[direction].Removed.length}, change ${d[direction].Changed.length}`;
    const name = direction === 'Ingress' ? 'Inbound' : 'Outbound';
    return [`${name}: the restore would now ${counts(now)} rules (shown: ${counts(shown)})`];
  });
}
