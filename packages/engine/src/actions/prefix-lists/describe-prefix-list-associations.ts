import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { pageByToken } from '../paging.ts';
import { associationView, listAssociations, type ListAssociationView } from '../rules/list-references.ts';
import { readPrefixListId, requirePrefixList } from './prefix-list-lookup.ts';

export interface DescribePrefixListAssociationsParams {
  RegionId: string;
  PrefixListId: string;
  /** 1–100, default 10. */
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribePrefixListAssociationsResponse {
  PrefixListAssociations: { PrefixListAssociation: ListAssociationView[] };
  NextToken: string;
  /** Ours, not in the API's answer: how many groups use the list. */
  TotalCount: number;
}

/**
 * The security groups whose rules reference the prefix list, by group ID, each with the rules that do: what blocks
 * DeletePrefixList, and what counts against the list's 1,000 associations.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidPrefixListId.NotFound,
 * InvalidParameter (MaxResults), InvalidNextToken.Malformed
 */
export const describePrefixListAssociations = defineAction<
  DescribePrefixListAssociationsParams,
  DescribePrefixListAssociationsResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const list = requirePrefixList(ctx.tx, region.RegionId, readPrefixListId(params.PrefixListId));
    const all = listAssociations(ctx.tx, 'prefixList', list.PrefixListId);
    const { page, NextToken } = pageByToken(all, params.MaxResults, params.NextToken, {
      min: 1,
      max: 100,
      default: 10,
    });
    return {
      PrefixListAssociations: { PrefixListAssociation: page.map(associationView) },
      NextToken,
      TotalCount: all.length,
    };
  },
});
