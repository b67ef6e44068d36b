import { fail } from '../../errors.ts';
import { toPermission, type Permission } from '../../model/permission.ts';
import type { InnerAccessPolicy, SecurityGroupType } from '../../model/security-group.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { policiesOfGroup } from '../../snapshots/snapshot-records.ts';
import { listNamesOf } from '../rules/list-references.ts';
import { rulesWeight } from '../rules/rule-weight.ts';
import { defineAction } from '../define.ts';
import { pageByToken } from '../paging.ts';
import { defaultRuleViews, type DefaultRuleView } from './default-rule-view.ts';
import { groupNameOf, readGroupId, requireGroup, tagsView } from './group-lookup.ts';

export interface DescribeSecurityGroupAttributeParams {
  RegionId: string;
  SecurityGroupId: string;
  /** `ingress`, `egress` or `all` (the default). */
  Direction?: 'ingress' | 'egress' | 'all';
  /** Accepted and ignored: VPC groups only have `intranet` rules. */
  NicType?: string;
  MaxResults?: number;
  NextToken?: string;
  /** `snapshotPolicyIds` adds SnapshotPolicyIds to the response. */
  Attribute?: string;
}

export interface DescribeSecurityGroupAttributeResponse {
  SecurityGroupId: string;
  SecurityGroupName: string;
  Description: string;
  RegionId: string;
  VpcId: string;
  InnerAccessPolicy: InnerAccessPolicy;
  NextToken: string;
  Permissions: { Permission: Permission[] };
  /** Only with Attribute=snapshotPolicyIds: the snapshot policies holding the group. */
  SnapshotPolicyIds?: { SnapshotPolicyId: string[] };
  /** Ours, not in the API's answer (DescribeSecurityGroups has it): so the group's page needs one call. */
  SecurityGroupType: SecurityGroupType;
  /** Ours, not in the API's answer: whether deletion protection is on. */
  DeletionProtection: boolean;
  /** Ours, not in the API's answer (DescribeSecurityGroups has it): a cloud service manages the group. */
  ServiceManaged: boolean;
  /** Ours, not in the API's answer (DescribeSecurityGroups has it). */
  CreationTime: string;
  /** Ours, not in the API's answer (DescribeSecurityGroups has it): the group's tags. */
  Tags: { Tag: { TagKey: string; TagValue: string }[] };
  /**
   * Ours: the group's rules as the rule quota counts them (a rule naming a list counts as the list's MaxEntries), for
   * the console's quota bar.
   */
  RuleQuotaUsed: number;
  /**
   * Ours, for clouds ordered by position only (Tencent's SecurityGroupPolicySet.Version): bumped on every rule
   * change; pass it back with a rule change to have a stale view refused. Alibaba's answer has no such field.
   */
  Version?: string;
  /** Ours, Tencent only (Alibaba's answer has no such field): the project ('0' is "Default project"). */
  ProjectId?: string;
  /**
   * Ours: the group type's implicit default rules (priority 110, seed 001) of the asked directions, after the rules
   * they come below; not paged (one per direction). Given here rather than computed by the console from the type, so
   * the group's page shows what the evaluator applies (the same entries end DescribeEffectiveRules' lists).
   */
  DefaultRules: { DefaultRule: DefaultRuleView[] };
}

/**
 * One group with its rules, in stored order, filtered by direction and paged by MaxResults/NextToken.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, InvalidParameter.Direction,
 * InvalidParameter, InvalidNextToken.Malformed
 */
export const describeSecurityGroupAttribute = defineAction<
  DescribeSecurityGroupAttributeParams,
  DescribeSecurityGroupAttributeResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const groupId = readGroupId(params.SecurityGroupId);
    const direction = optionalString(params.Direction, 'Direction') || 'all';
    if (direction !== 'all' && direction !== 'ingress' && direction !== 'egress') {
      fail(
        'InvalidParameter.Direction',
        'The specified parameter Direction is not valid. Valid values: ingress, egress, all.',
        400,
        'Direction',
      );
    }
    optionalString(params.NicType, 'NicType');
    const attribute = optionalString(params.Attribute, 'Attribute');
    const group = requireGroup(ctx.tx, region.RegionId, groupId);

    const rules = direction === 'all' ? group.Rules : group.Rules.filter((r) => r.Direction === direction);
    const { page, NextToken } = pageByToken(rules, params.MaxResults, params.NextToken, {
      min: 10,
      max: 1000,
      default: 500,
    });
    const nameOf = groupNameOf(ctx.tx);
    const listNames = listNamesOf(ctx.tx);
    return {
      SecurityGroupId: group.SecurityGroupId,
      SecurityGroupName: group.SecurityGroupName,
      Description: group.Description,
      RegionId: group.RegionId,
      VpcId: group.VpcId,
      InnerAccessPolicy: group.InnerAccessPolicy,
      NextToken,
      Permissions: { Permission: page.map((rule) => toPermission(rule, nameOf, listNames)) },
      ...(attribute === 'snapshotPolicyIds'
        ? { SnapshotPolicyIds: { SnapshotPolicyId: policiesOfGroup(ctx.tx, groupId).map((p) => p.SnapshotPolicyId) } }
        : {}),
      SecurityGroupType: group.SecurityGroupType,
      DeletionProtection: group.DeletionProtection,
      ServiceManaged: group.ServiceManaged,
      CreationTime: group.CreationTime,
      Tags: tagsView(group),
      RuleQuotaUsed: rulesWeight(ctx.tx, group.Rules),
      ...(ctx.profile.rules.ordering === 'position' ? { Version: String(group.RulesVersion ?? 0) } : {}),
      ...(group.ProjectId !== undefined ? { ProjectId: group.ProjectId } : {}),
      DefaultRules: {
        DefaultRule: defaultRuleViews(
          ctx.profile.rules,
          group.SecurityGroupType,
          group.SecurityGroupId,
          direction === 'all' ? ['ingress', 'egress'] : [direction],
        ),
      },
    };
  },
});
