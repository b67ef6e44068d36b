import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readOssBucketName, readPolicyName, readPolicyStatus, readRetentionDays } from './policy-fields.ts';
import { readPolicyId, requirePolicy } from './snapshot-lookup.ts';

export interface ModifySecurityGroupSnapshotPolicyParams {
  RegionId: string;
  SnapshotPolicyId: string;
  /** Each field is left as it is when absent. */
  SnapshotPolicyName?: string;
  Status?: 'Enable' | 'Disable';
  RetentionDays?: number;
  /** '' switches to the default bucket. */
  OssBucketName?: string;
}

export type ModifySecurityGroupSnapshotPolicyResponse = Record<string, never>;

/**
 * The emulator's name (the real API is not public): changes a policy's name, status, retention or bucket.
 * Disabling stops new snapshots (a pending 5-minute window then ends without one); a new retention applies to
 * the policy's existing snapshots too. Enabling takes no snapshot by itself.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SnapshotPolicyId,
 * InvalidSnapshotPolicyId.Malformed, MissingParameter.SnapshotPolicyName, InvalidSnapshotPolicyName.Malformed,
 * InvalidStatus.ValueNotSupported, InvalidRetentionDays.Malformed, InvalidOssBucketName.Malformed,
 * InvalidOssBucketName.Unauthorized, InvalidSnapshotPolicyId.NotFound, InvalidParameter
 */
export const modifySecurityGroupSnapshotPolicy = defineAction<
  ModifySecurityGroupSnapshotPolicyParams,
  ModifySecurityGroupSnapshotPolicyResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const policyId = readPolicyId(params.SnapshotPolicyId);
    const name = readPolicyName(params.SnapshotPolicyName);
    const status = readPolicyStatus(params.Status);
    const retentionDays = readRetentionDays(params.RetentionDays);
    const bucket = readOssBucketName(params.OssBucketName);
    const policy = requirePolicy(ctx.tx, region.RegionId, policyId);
    ctx.tx.put('snapshotPolicies', policyId, {
      ...policy,
      SnapshotPolicyName: name ?? policy.SnapshotPolicyName,
      Status: status ?? policy.Status,
      RetentionDays: retentionDays ?? policy.RetentionDays,
      OssBucketName: bucket ?? policy.OssBucketName,
    });
    return {};
  },
});
