import type { SecurityGroupType, Tag } from '../../model/security-group.ts';
import { defineAction } from '../define.ts';
import {
  cloneSecurityGroupInto,
  type ClonedRule,
  type CloneSecurityGroupParams,
  type LeftBehindRule,
} from './clone-rules.ts';

export type DescribeCloneSecurityGroupPlanParams = CloneSecurityGroupParams;

export interface DescribeCloneSecurityGroupPlanResponse {
  SecurityGroupType: SecurityGroupType;
  /** The tags the new group would get (empty without CopyTags). */
  Tags: Tag[];
  /** The rules the new group would hold; SecurityGroupRuleId and CreateTime are empty until the clone is made. */
  Copied: ClonedRule[];
  LeftBehind: LeftBehindRule[];
}

/**
 * Ours: what CloneSecurityGroup would do with the same parameters, for the dialog to list before OK. It
 * runs the clone itself in a read-only call (the engine drops a read-only call's writes), so it fails with
 * exactly the clone's codes and never disagrees with it. Minted IDs are blanked: they would not be the real ones.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, MissingParameter.DestinationRegionId,
 * InvalidParameter, InvalidVpcId.NotFound, InvalidParams.GroupType, InvalidParams.VpcIdGroupType,
 * InvalidSecurityGroupName.Malformed, InvalidDescription.Malformed, QuotaExceed.Tags, QuotaExceed.SecurityGroup,
 * AuthorizationLimitExceed, AuthorizedGroupRule.LimitExceed (the same as CloneSecurityGroup)
 */
export const describeCloneSecurityGroupPlan = defineAction<
  DescribeCloneSecurityGroupPlanParams,
  DescribeCloneSecurityGroupPlanResponse
>({
  readOnly: true,
  run(ctx, params) {
    const outcome = cloneSecurityGroupInto(ctx, params);
    return {
      SecurityGroupType: outcome.SecurityGroupType,
      Tags: outcome.Tags,
      Copied: outcome.Copied.map((c) => ({
        ...c,
        Permission: { ...c.Permission, SecurityGroupRuleId: '', CreateTime: '' },
      })),
      LeftBehind: outcome.LeftBehind,
    };
  },
});
