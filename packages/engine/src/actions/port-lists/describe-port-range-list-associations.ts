import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { pageByToken } from '../paging.ts';
import { associationView, listAssociations, type ListAssociationView } from '../rules/list-references.ts';
import { readPortRangeListId, requirePortRangeList } from './port-list-lookup.ts';

export interface DescribePortRangeListAssociationsParams {
  RegionId: string;
  PortRangeListId: string;
  /** 1–100, default 10. */
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribePortRangeListAssociationsResponse {
  /** A bare array, as the SDK has it. */
  PortRangeListAssociations: ListAssociationView[];
  NextToken: string;
  /** Ours, not in the API's answer: how many groups use the list. */
  TotalCount: number;
}

/**
 * The security groups whose rules use the port list, by group ID, each with the rules that do: what blocks
 * DeletePortRangeList and what counts against the list's 1,000 associations.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidPortRangeListId.NotFound,
 * InvalidParameter (MaxResults), InvalidNextToken.Malformed
 */
export const describePortRangeListAssociations = defineAction<
  DescribePortRangeListAssociationsParams,
  DescribePortRangeListAssociationsResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const list = requirePortRangeList(ctx.tx, region.RegionId, readPortRangeListId(params.PortRangeListId));
    const all = listAssociations(ctx.tx, 'portRangeList', list.PortRangeListId);
    const { page, NextToken } = pageByToken(all, params.MaxResults, params.NextToken, {
      min: 1,
      max: 100,
      default: 10,
    });
    return {
      PortRangeListAssociations: page.map(associationView),
      NextToken,
      TotalCount: all.length,
    };
  },
});
