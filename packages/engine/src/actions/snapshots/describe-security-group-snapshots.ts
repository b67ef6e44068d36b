import { snapshotsNewestFirst } from '../../snapshots/snapshot-records.ts';
import { readIdList } from '../../validate/id-list.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { snapshotView, type SnapshotView } from './snapshot-lookup.ts';

export interface DescribeSecurityGroupSnapshotsParams {
  RegionId: string;
  SecurityGroupId?: string;
  /** An array or a JSON array string; up to 100 IDs. */
  SnapshotIds?: string[] | string;
  /** Only snapshots taken under this policy. */
  SnapshotPolicyId?: string;
}

export interface DescribeSecurityGroupSnapshotsResponse {
  Snapshots: { Snapshot: SnapshotView[] };
  TotalCount: number;
  RegionId: string;
}

/**
 * The emulator's name (the real API is not public): a region's snapshots, newest first, each with its rules.
 * Snapshots of a deleted group stay listed until they expire.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidSnapshotIds.Malformed, InvalidParameter
 */
export const describeSecurityGroupSnapshots = defineAction<
  DescribeSecurityGroupSnapshotsParams,
  DescribeSecurityGroupSnapshotsResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const groupId = optionalString(params.SecurityGroupId, 'SecurityGroupId');
    const ids = readIdList(params.SnapshotIds, 'SnapshotIds', 100, 'InvalidSnapshotIds.Malformed');
    const policyId = optionalString(params.SnapshotPolicyId, 'SnapshotPolicyId');
    const snapshots = snapshotsNewestFirst(ctx.tx, region.RegionId).filter(
      (s) =>
        (groupId === '' || s.SecurityGroupId === groupId) &&
        (ids === null || ids.has(s.SnapshotId)) &&
        (policyId === '' || s.SnapshotPolicyIds.includes(policyId)),
    );
    return {
      Snapshots: { Snapshot: snapshots.map((s) => snapshotView(ctx.tx, s)) },
      TotalCount: snapshots.length,
      RegionId: region.RegionId,
    };
  },
});
