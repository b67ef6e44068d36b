import { fail } from '../../errors.ts';
import type { Direction } from '../../model/security-group.ts';
import { restoreRules } from '../../snapshots/restore-rules.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { newRule } from '../rules/new-rule.ts';
import { defineAction } from '../define.ts';
import { checkReferences } from '../rules/check-references.ts';
import { saveRules } from '../rules/rule-group.ts';
import { checkRuleQuotas } from '../rules/rule-quotas.ts';
import { assertNotManaged, readGroupId, requireGroup } from '../security-groups/group-lookup.ts';
import { readSnapshotId, requireSnapshot } from './snapshot-lookup.ts';

export interface RestoreSecurityGroupSnapshotParams {
  RegionId: string;
  SecurityGroupId: string;
  SnapshotId: string;
  /** Ours, beyond the real console: restore one direction only. `all` (default), `ingress` or `egress`. */
  Direction?: 'all' | 'ingress' | 'egress';
}

export interface RestoreSecurityGroupSnapshotResponse {
  /** The group's rule count after the restore, per direction. */
  IngressRuleCount: number;
  EgressRuleCount: number;
}

/**
 * The emulator's name (the real API is not public): overwrites the group's rules with a snapshot's, at once and in
 * one write. Like any rule change, it opens a snapshot window, so the rules it replaced are snapshotted 5 minutes
 * later while an enabled policy holds the group. Rules that exist by content keep their IDs (restore-rules.ts).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, MissingParameter.SnapshotId, InvalidSnapshotId.Malformed,
 * InvalidParameter.Direction, InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct,
 * InvalidSnapshotId.NotFound, InvalidSnapshotId.SecurityGroupMismatch, InvalidSourceGroupId.NotFound,
 * InvalidDestGroupId.NotFound (a rule names a group that is gone), InvalidPrefixListId.NotFound,
 * InvalidPortRangeListId.NotFound (a rule names a list that is gone), the list association limits,
 * AuthorizationLimitExceed,
 * AuthorizedGroupRule.LimitExceed
 */
export const restoreSecurityGroupSnapshot = defineAction<
  RestoreSecurityGroupSnapshotParams,
  RestoreSecurityGroupSnapshotResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const groupId = readGroupId(params.SecurityGroupId);
    const snapshotId = readSnapshotId(params.SnapshotId);
    const directions = readDirections(params.Direction);
    const group = requireGroup(ctx.tx, region.RegionId, groupId);
    assertNotManaged(group);
    const snapshot = requireSnapshot(ctx.tx, region.RegionId, snapshotId, groupId);

    const rules = restoreRules(group.Rules, snapshot.Rules, directions, (rule) => newRule(ctx, group.RegionId, rule));
    // The world moved on since the snapshot: a referenced group may be gone, quotas may be tighter now.
    for (const rule of rules) if (directions.includes(rule.Direction)) checkReferences(ctx, group, rule);
    checkRuleQuotas(ctx, group, rules);
    saveRules(ctx, group, rules);
    const ingress = rules.filter((r) => r.Direction === 'ingress').length;
    return { IngressRuleCount: ingress, EgressRuleCount: rules.length - ingress };
  },
});

function readDirections(value: unknown): Direction[] {
  const text = optionalString(value, 'Direction') || 'all';
  if (text === 'all') return ['ingress', 'egress'];
  if (text === 'ingress' || text === 'egress') return [text];
  return fail(
    'InvalidParameter.Direction',
    'The specified parameter Direction is not valid. Valid values: all, ingress, egress.',
    400,
    'Direction',
  );
}
