import { resourceGroupOf } from '../../model/account.ts';
import { matchesTags, readResourceGroupFilter, readTagFilter } from '../../validate/resource-tags.ts';
import { readIdList } from '../../validate/id-list.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { newestFirst, pageByToken } from '../paging.ts';
import { associationCounts } from '../rules/list-references.ts';
import { portRangeListSummary, type PortRangeListSummary } from './port-list-lookup.ts';

export interface DescribePortRangeListsParams {
  RegionId: string;
  /** Up to 100 IDs: an array, or a JSON array string as on the wire. */
  PortRangeListId?: string[] | string;
  /** Exact match. */
  PortRangeListName?: string;
  /** 1–100, default 10. */
  MaxResults?: number;
  NextToken?: string;
  /** Every given tag must be on the list; a missing Value matches any. */
  Tag?: { Key: string; Value?: string }[];
  ResourceGroupId?: string;
}

export interface DescribePortRangeListsResponse {
  /** A bare array, as the SDK has it (not `PortRangeLists.PortRangeList` like other lists). */
  PortRangeLists: PortRangeListSummary[];
  NextToken: string;
  /** Ours, not in the API's answer: how many lists match, for the console's pager. */
  TotalCount: number;
}

const MAX_IDS = 100;

/**
 * A region's port lists, newest first, with how many security groups use each (AssociationCount).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidParameter (PortRangeListId, MaxResults),
 * InvalidNextToken.Malformed,
 * InvalidTagKey.Malformed, NumberExceed.Tags
 */
export const describePortRangeLists = defineAction<DescribePortRangeListsParams, DescribePortRangeListsResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const ids = readIdList(params.PortRangeListId, 'PortRangeListId', MAX_IDS, 'InvalidParameter');
    const name = optionalString(params.PortRangeListName, 'PortRangeListName').trim();
    const tags = readTagFilter(params.Tag);
    const resourceGroupId = readResourceGroupFilter(params.ResourceGroupId);
    const matches = ctx.tx
      .all('portRangeLists')
      .filter(
        (l) =>
          l.RegionId === region.RegionId &&
          matchesTags(l.Tags, tags) &&
          (resourceGroupId === '' || resourceGroupOf(l) === resourceGroupId) &&
          (ids === null || ids.has(l.PortRangeListId)) &&
          (name === '' || l.PortRangeListName === name),
      )
      .sort(newestFirst((l) => l.PortRangeListId));
    const { page, NextToken } = pageByToken(matches, params.MaxResults, params.NextToken, {
      min: 1,
      max: 100,
      default: 10,
    });
    const counts = associationCounts(ctx.tx, 'portRangeList');
    return {
      PortRangeLists: page.map((l) => portRangeListSummary(l, counts.get(l.PortRangeListId) ?? 0)),
      NextToken,
      TotalCount: matches.length,
    };
  },
});
