import { fail } from '../../errors.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readGroupIds, readPolicyId, requirePolicy } from './snapshot-lookup.ts';

export interface DisassociateSecurityGroupSnapshotPolicyParams {
  RegionId: string;
  SnapshotPolicyId: string;
  SecurityGroupIds: string[] | string;
}

export type DisassociateSecurityGroupSnapshotPolicyResponse = Record<string, never>;

/**
 * The emulator's name (the real API is not public): removes groups from a policy. Their snapshots stay until
 * they expire; a pending 5-minute window ends without a snapshot if no other enabled policy holds the group.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SnapshotPolicyId,
 * InvalidSnapshotPolicyId.Malformed, MissingParameter.SecurityGroupIds, InvalidSecurityGroupIds.Malformed,
 * InvalidSecurityGroupId.Malformed, InvalidSnapshotPolicyId.NotFound, InvalidSecurityGroupId.NotAssociated
 */
export const disassociateSecurityGroupSnapshotPolicy = defineAction<
  DisassociateSecurityGroupSnapshotPolicyParams,
  DisassociateSecurityGroupSnapshotPolicyResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const policyId = readPolicyId(params.SnapshotPolicyId);
    const groupIds = readGroupIds(params.SecurityGroupIds, true);
    const policy = requirePolicy(ctx.tx, region.RegionId, policyId);
    // Strict, so a script that names the wrong group hears about it instead of silently changing nothing.
    const missing = groupIds.find((id) => !policy.SecurityGroupIds.includes(id));
    if (missing !== undefined) {
      fail(
        'InvalidSecurityGroupId.NotAssociated',
        `The security group ${missing} is not associated with the snapshot policy ${policyId}.`,
        400,
        'SecurityGroupIds',
      );
    }
    ctx.tx.put('snapshotPolicies', policyId, {
      ...policy,
      SecurityGroupIds: policy.SecurityGroupIds.filter((id) => !groupIds.includes(id)),
    });
    return {};
  },
});
