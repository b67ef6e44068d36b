import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readSnapshotId, requireSnapshot } from './snapshot-lookup.ts';

export interface DeleteSecurityGroupSnapshotParams {
  RegionId: string;
  SnapshotId: string;
}

export type DeleteSecurityGroupSnapshotResponse = Record<string, never>;

/**
 * The emulator's name (the real API is not public): deletes one snapshot before it expires.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SnapshotId,
 * InvalidSnapshotId.Malformed, InvalidSnapshotId.NotFound
 */
export const deleteSecurityGroupSnapshot = defineAction<
  DeleteSecurityGroupSnapshotParams,
  DeleteSecurityGroupSnapshotResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const snapshotId = readSnapshotId(params.SnapshotId);
    requireSnapshot(ctx.tx, region.RegionId, snapshotId);
    ctx.tx.delete('snapshots', snapshotId);
    return {};
  },
});
