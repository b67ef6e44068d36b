import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readPolicyId, requirePolicy } from './snapshot-lookup.ts';

export interface DeleteSecurityGroupSnapshotPolicyParams {
  RegionId: string;
  SnapshotPolicyId: string;
}

export type DeleteSecurityGroupSnapshotPolicyResponse = Record<string, never>;

/**
 * The emulator's name (the real API is not public): deletes a policy, associated groups or not. Its snapshots
 * stay until they expire; with the policy gone they keep to the longest retention of their other policies, or
 * to the default of 1 day when none is left.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SnapshotPolicyId,
 * InvalidSnapshotPolicyId.Malformed, InvalidSnapshotPolicyId.NotFound
 */
export const deleteSecurityGroupSnapshotPolicy = defineAction<
  DeleteSecurityGroupSnapshotPolicyParams,
  DeleteSecurityGroupSnapshotPolicyResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const policyId = readPolicyId(params.SnapshotPolicyId);
    requirePolicy(ctx.tx, region.RegionId, policyId);
    ctx.tx.delete('snapshotPolicies', policyId);
    return {};
  },
});
