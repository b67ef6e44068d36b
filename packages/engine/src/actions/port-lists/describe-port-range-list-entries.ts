import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readPortRangeListId, requirePortRangeList } from './port-list-lookup.ts';

export interface DescribePortRangeListEntriesParams {
  RegionId: string;
  PortRangeListId: string;
}

export interface DescribePortRangeListEntriesResponse {
  /** Every entry, in the order they were added: a bare array, as the SDK has it. */
  Entries: { PortRange: string; Description: string }[];
}

/**
 * The entries of one port list.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidPortRangeListId.NotFound
 */
export const describePortRangeListEntries = defineAction<
  DescribePortRangeListEntriesParams,
  DescribePortRangeListEntriesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const list = requirePortRangeList(ctx.tx, region.RegionId, readPortRangeListId(params.PortRangeListId));
    // Copies, so a caller cannot touch the stored (frozen) entries.
    return { Entries: list.Entries.map((e) => ({ PortRange: e.PortRange, Description: e.Description })) };
  },
});
