import { resourceGroupOf } from '../../model/account.ts';
import { matchesTags, readResourceGroupFilter, readTagFilter } from '../../validate/resource-tags.ts';
import { readIdList } from '../../validate/id-list.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { newestFirst, pageByToken } from '../paging.ts';
import { associationCounts } from '../rules/list-references.ts';
import { optionalFilter, prefixListSummary, readAddressFamily, type PrefixListSummary } from './prefix-list-lookup.ts';

export interface DescribePrefixListsParams {
  RegionId: string;
  /** Up to 100 IDs: an array, or a JSON array string as on the wire. */
  PrefixListId?: string[] | string;
  /** `IPv4` or `IPv6`. */
  AddressFamily?: string;
  /** Exact match, as the API does. */
  PrefixListName?: string;
  /** 1–100, default 10. */
  MaxResults?: number;
  NextToken?: string;
  /** Every given tag must be on the list; a missing Value matches any. */
  Tag?: { Key: string; Value?: string }[];
  ResourceGroupId?: string;
}

export interface DescribePrefixListsResponse {
  PrefixLists: { PrefixList: PrefixListSummary[] };
  NextToken: string;
  /** Ours, not in the API's answer: how many lists match, for the console's pager. */
  TotalCount: number;
}

const MAX_IDS = 100;

/**
 * A region's prefix lists, newest first, with how many security groups use each (AssociationCount).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidParameter (PrefixListId, MaxResults),
 * InvalidParameter.AddressFamily, InvalidNextToken.Malformed,
 * InvalidTagKey.Malformed, NumberExceed.Tags
 */
export const describePrefixLists = defineAction<DescribePrefixListsParams, DescribePrefixListsResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const ids = readIdList(params.PrefixListId, 'PrefixListId', MAX_IDS, 'InvalidParameter');
    const family = optionalFilter(params.AddressFamily, 'AddressFamily');
    const wantedFamily = family === '' ? '' : readAddressFamily(family);
    const name = optionalFilter(params.PrefixListName, 'PrefixListName');
    const tags = readTagFilter(params.Tag);
    const resourceGroupId = readResourceGroupFilter(params.ResourceGroupId);
    const matches = ctx.tx
      .all('prefixLists')
      .filter(
        (l) =>
          l.RegionId === region.RegionId &&
          matchesTags(l.Tags, tags) &&
          (resourceGroupId === '' || resourceGroupOf(l) === resourceGroupId) &&
          (ids === null || ids.has(l.PrefixListId)) &&
          (wantedFamily === '' || l.AddressFamily === wantedFamily) &&
          (name === '' || l.PrefixListName === name),
      )
      .sort(newestFirst((l) => l.PrefixListId));
    const { page, NextToken } = pageByToken(matches, params.MaxResults, params.NextToken, {
      min: 1,
      max: 100,
      default: 10,
    });
    const counts = associationCounts(ctx.tx, 'prefixList');
    return {
      PrefixLists: { PrefixList: page.map((l) => prefixListSummary(l, counts.get(l.PrefixListId) ?? 0)) },
      NextToken,
      TotalCount: matches.length,
    };
  },
});
