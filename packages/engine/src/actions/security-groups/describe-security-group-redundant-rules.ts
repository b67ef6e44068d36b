import { findRedundantRules } from '../../evaluate/redundant-rules.ts';
import { toPermission, type Permission } from '../../model/permission.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { listNamesOf } from '../rules/list-references.ts';
import { groupNameOf, readGroupId, requireGroup } from './group-lookup.ts';

export interface DescribeSecurityGroupRedundantRulesParams {
  RegionId: string;
  SecurityGroupId: string;
}

export interface RedundantRuleView {
  /** The redundant rule; its SecurityGroupRuleId is what "Delete Selected Rules" revokes. */
  Permission: Permission;
  /** A rule of the same group that matches every packet the redundant rule matches and decides first. */
  CoveredBy: Permission;
}

export interface DescribeSecurityGroupRedundantRulesResponse {
  RedundantRules: { RedundantRule: RedundantRuleView[] };
}

/**
 * Ours, not in the ECS API: the console's "Health Check" (SEED004 "Redundant rules"). Lists the rules of
 * one group, both directions, that another rule of the group completely covers at an equal or higher
 * priority; see findRedundantRules for how policy and duplicates count. Only reads: deleting the selected
 * rules is RevokeSecurityGroup(Egress) by rule ID. Managed groups can be checked too (checking is reading).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound
 */
export const describeSecurityGroupRedundantRules = defineAction<
  DescribeSecurityGroupRedundantRulesParams,
  DescribeSecurityGroupRedundantRulesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const group = requireGroup(ctx.tx, region.RegionId, readGroupId(params.SecurityGroupId));
    const nameOf = groupNameOf(ctx.tx);
    const listNames = listNamesOf(ctx.tx);
    const found = findRedundantRules(group.Rules, ctx.profile.rules.ordering);
    return {
      RedundantRules: {
        RedundantRule: found.map(({ rule, coveredBy }) => ({
          Permission: toPermission(rule, nameOf, listNames),
          CoveredBy: toPermission(coveredBy, nameOf, listNames),
        })),
      },
    };
  },
});
