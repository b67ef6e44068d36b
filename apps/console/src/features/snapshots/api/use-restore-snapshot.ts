import { useMutation } from '@tanstack/react-query';
import type { ParamsOf, ResponseOf } from '@sg/engine';
import { assertUnchanged } from '../../../lib/changed-meanwhile.ts';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { restoreDiffChanges } from './restore-diff-changes.ts';

type RestoreInput = ParamsOf<'RestoreSecurityGroupSnapshot'> & {
  /** The comparison the reviewer confirmed: if the restore would now do something else, nothing is written. */
  shown: ResponseOf<'DescribeSecurityGroupSnapshotDiff'>;
};

/**
 * RestoreSecurityGroupSnapshot: overwrites the group's rules (one or both directions) in one call. Refused with
 * InvalidOperation.Conflict when the group's rules changed since the comparison was shown.
 */
export function useRestoreSnapshot() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ shown, ...params }: RestoreInput) =>
      engine.batch(async (call) => {
        const now = await call('DescribeSecurityGroupSnapshotDiff', {
          RegionId: params.RegionId,
          SecurityGroupId: params.SecurityGroupId,
          From: { Current: true },
          To: { SnapshotId: params.SnapshotId },
        });
        assertUnchanged(`The rules of ${params.SecurityGroupId}`, restoreDiffChanges(shown, now));
        return call('RestoreSecurityGroupSnapshot', params);
      }),
  });
}
