import { defineAction } from '../define.ts';
import { cloneSecurityGroupInto, type CloneSecurityGroupParams, type LeftBehindRule } from './clone-rules.ts';

export type { CloneSecurityGroupParams, LeftBehindRule } from './clone-rules.ts';

export interface CloneSecurityGroupResponse {
  /** The new group, in DestinationRegionId. */
  SecurityGroupId: string;
  CopiedRuleCount: number;
  /** Source rules that could not follow, with the code and reason; empty without RetainRules. */
  LeftBehind: LeftBehindRule[];
}

/**
 * Ours, not in the ECS API: the console's "Clone Security Group" (SEED004, spec §9). Creates a group in the
 * destination region and VPC as CreateSecurityGroup does, copies the source's tags if CopyTags, and with
 * RetainRules copies its rules (priority above 100 set to 100). Rules that cannot follow are listed in
 * LeftBehind rather than failing the clone: across regions those naming a group, prefix list or port list;
 * in any region those the new group cannot hold (see cloneSecurityGroupInto). One call, one transaction:
 * the group and its rules are written together or not at all. DescribeCloneSecurityGroupPlan shows the
 * outcome first.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, MissingParameter.DestinationRegionId,
 * InvalidParameter, InvalidVpcId.NotFound, InvalidParams.GroupType, InvalidParams.VpcIdGroupType,
 * InvalidSecurityGroupName.Malformed, InvalidDescription.Malformed, QuotaExceed.Tags, QuotaExceed.SecurityGroup,
 * AuthorizationLimitExceed, AuthorizedGroupRule.LimitExceed
 */
export const cloneSecurityGroup = defineAction<CloneSecurityGroupParams, CloneSecurityGroupResponse>({
  readOnly: false,
  run(ctx, params) {
    const outcome = cloneSecurityGroupInto(ctx, params);
    return {
      SecurityGroupId: outcome.SecurityGroupId,
      CopiedRuleCount: outcome.Copied.length,
      LeftBehind: outcome.LeftBehind,
    };
  },
});
