import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { associateGroups } from './associate-groups.ts';
import { readGroupIds, readPolicyId, requirePolicy } from './snapshot-lookup.ts';

export interface AssociateSecurityGroupSnapshotPolicyParams {
  RegionId: string;
  SnapshotPolicyId: string;
  /** An array or a JSON array string; the policy may hold 10 groups in all. */
  SecurityGroupIds: string[] | string;
}

export interface AssociateSecurityGroupSnapshotPolicyResponse {
  /** One per newly associated group while the policy is enabled; none for a disabled policy. */
  SnapshotIds: { SnapshotId: string[] };
}

/**
 * The emulator's name (the real API is not public): associates groups of the policy's region with it. Each
 * newly associated group is snapshotted at once if the policy is enabled; groups already associated are left
 * as they are. A group may belong to several policies.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SnapshotPolicyId,
 * InvalidSnapshotPolicyId.Malformed, MissingParameter.SecurityGroupIds, InvalidSecurityGroupIds.Malformed,
 * InvalidSecurityGroupId.Malformed, InvalidSnapshotPolicyId.NotFound, InvalidSecurityGroupId.NotFound,
 * SnapshotPolicySecurityGroup.LimitExceed
 */
export const associateSecurityGroupSnapshotPolicy = defineAction<
  AssociateSecurityGroupSnapshotPolicyParams,
  AssociateSecurityGroupSnapshotPolicyResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const policyId = readPolicyId(params.SnapshotPolicyId);
    const groupIds = readGroupIds(params.SecurityGroupIds, true);
    const policy = requirePolicy(ctx.tx, region.RegionId, policyId);
    const { snapshotIds } = associateGroups(ctx, policy, groupIds);
    return { SnapshotIds: { SnapshotId: snapshotIds } };
  },
});
