import type { ListAddressFamily } from '../../model/lists.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readPrefixListId, requirePrefixList } from './prefix-list-lookup.ts';

export interface DescribePrefixListAttributesParams {
  RegionId: string;
  PrefixListId: string;
}

export interface DescribePrefixListAttributesResponse {
  PrefixListId: string;
  PrefixListName: string;
  Description: string;
  AddressFamily: ListAddressFamily;
  MaxEntries: number;
  CreationTime: string;
  /** Every entry, in the order they were added. */
  Entries: { Entry: { Cidr: string; Description: string }[] };
}

/**
 * One prefix list with its entries.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidPrefixListId.NotFound
 */
export const describePrefixListAttributes = defineAction<
  DescribePrefixListAttributesParams,
  DescribePrefixListAttributesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const list = requirePrefixList(ctx.tx, region.RegionId, readPrefixListId(params.PrefixListId));
    return {
      PrefixListId: list.PrefixListId,
      PrefixListName: list.PrefixListName,
      Description: list.Description,
      AddressFamily: list.AddressFamily,
      MaxEntries: list.MaxEntries,
      CreationTime: list.CreationTime,
      // Copies, so a caller cannot touch the stored (frozen) entries.
      Entries: { Entry: list.Entries.map((e) => ({ Cidr: e.Cidr, Description: e.Description })) },
    };
  },
});
