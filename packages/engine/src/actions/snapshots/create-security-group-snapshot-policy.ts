import { DEFAULT_RETENTION_DAYS, type SnapshotPolicy } from '../../model/snapshot.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { associateGroups } from './associate-groups.ts';
import { readOssBucketName, readPolicyName, readPolicyStatus, readRetentionDays } from './policy-fields.ts';
import { readGroupIds, requireSnapshotRole } from './snapshot-lookup.ts';

export interface CreateSecurityGroupSnapshotPolicyParams {
  RegionId: string;
  SnapshotPolicyName: string;
  /** `Enable` (default) or `Disable`. */
  Status?: 'Enable' | 'Disable';
  /** 1–30 days, default 1. */
  RetentionDays?: number;
  /** '' or absent: the default bucket; else an OSS bucket name starting with `sg-snapshot`. */
  OssBucketName?: string;
  /** Groups to associate at once (each is snapshotted while the policy is enabled). */
  SecurityGroupIds?: string[] | string;
}

export interface CreateSecurityGroupSnapshotPolicyResponse {
  SnapshotPolicyId: string;
  /** Snapshots taken for the associated groups. */
  SnapshotIds: { SnapshotId: string[] };
}

/**
 * The emulator's name (the real API is not public): creates a snapshot policy. The account must have
 * authorised the service-linked role ALIYUNSECURITYGROUPSNAPSHOTROLE first (CreateServiceLinkedRole).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SnapshotPolicyName,
 * InvalidSnapshotPolicyName.Malformed, InvalidStatus.ValueNotSupported, InvalidRetentionDays.Malformed,
 * InvalidOssBucketName.Malformed, InvalidOssBucketName.Unauthorized, InvalidSecurityGroupIds.Malformed,
 * InvalidSecurityGroupId.Malformed, NoPermission.ServiceLinkedRole, InvalidSecurityGroupId.NotFound,
 * SnapshotPolicySecurityGroup.LimitExceed, InvalidParameter
 */
export const createSecurityGroupSnapshotPolicy = defineAction<
  CreateSecurityGroupSnapshotPolicyParams,
  CreateSecurityGroupSnapshotPolicyResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    // Required: an absent name is checked as an empty one.
    const name = readPolicyName(params.SnapshotPolicyName ?? '') ?? '';
    const status = readPolicyStatus(params.Status) ?? 'Enabled';
    const retentionDays = readRetentionDays(params.RetentionDays) ?? DEFAULT_RETENTION_DAYS;
    const bucket = readOssBucketName(params.OssBucketName) ?? '';
    const groupIds = readGroupIds(params.SecurityGroupIds, false);
    requireSnapshotRole(ctx.tx);

    const policy: SnapshotPolicy = {
      SnapshotPolicyId: ctx.newId('sgsp', region.RegionId),
      RegionId: region.RegionId,
      SnapshotPolicyName: name,
      Status: status,
      RetentionDays: retentionDays,
      OssBucketName: bucket,
      SecurityGroupIds: [],
      CreationTime: ctx.time,
    };
    ctx.tx.put('snapshotPolicies', policy.SnapshotPolicyId, policy);
    const { snapshotIds } = associateGroups(ctx, policy, groupIds);
    return { SnapshotPolicyId: policy.SnapshotPolicyId, SnapshotIds: { SnapshotId: snapshotIds } };
  },
});
