import { readIdList } from '../../validate/id-list.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { policyView, type SnapshotPolicyView } from './snapshot-lookup.ts';

export interface DescribeSecurityGroupSnapshotPoliciesParams {
  RegionId: string;
  /** An array or a JSON array string; up to 100 IDs. */
  SnapshotPolicyIds?: string[] | string;
  /** Only the policies holding this group (the group's Snapshots tab). */
  SecurityGroupId?: string;
}

export interface DescribeSecurityGroupSnapshotPoliciesResponse {
  SnapshotPolicies: { SnapshotPolicy: SnapshotPolicyView[] };
  TotalCount: number;
  RegionId: string;
}

/**
 * The emulator's name (the real API is not public): a region's snapshot policies, newest first.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidSnapshotPolicyIds.Malformed, InvalidParameter
 */
export const describeSecurityGroupSnapshotPolicies = defineAction<
  DescribeSecurityGroupSnapshotPoliciesParams,
  DescribeSecurityGroupSnapshotPoliciesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const ids = readIdList(params.SnapshotPolicyIds, 'SnapshotPolicyIds', 100, 'InvalidSnapshotPolicyIds.Malformed');
    const groupId = optionalString(params.SecurityGroupId, 'SecurityGroupId');
    const policies = ctx.tx
      .all('snapshotPolicies')
      .filter(
        (p) =>
          p.RegionId === region.RegionId &&
          (ids === null || ids.has(p.SnapshotPolicyId)) &&
          (groupId === '' || p.SecurityGroupIds.includes(groupId)),
      )
      .sort((a, b) =>
        a.CreationTime === b.CreationTime
          ? a.SnapshotPolicyId.localeCompare(b.SnapshotPolicyId)
          : a.CreationTime < b.CreationTime
            ? 1
            : -1,
      );
    return {
      SnapshotPolicies: { SnapshotPolicy: policies.map(policyView) },
      TotalCount: policies.length,
      RegionId: region.RegionId,
    };
  },
});
