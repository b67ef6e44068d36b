import { fail } from '../../errors.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { groupList, listAssociations } from '../rules/list-references.ts';
import { readPortRangeListId, requirePortRangeList } from './port-list-lookup.ts';

export interface DeletePortRangeListParams {
  RegionId: string;
  PortRangeListId: string;
}

export type DeletePortRangeListResponse = Record<never, never>;

/**
 * Deletes a port list that no rule uses. The code for a list still in use is not documented; ours is
 * DependencyViolation.PortRangeList (403), the twin of DeletePrefixList's, naming the groups.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidPortRangeListId.NotFound,
 * DependencyViolation.PortRangeList
 */
export const deletePortRangeList = defineAction<DeletePortRangeListParams, DeletePortRangeListResponse>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const list = requirePortRangeList(ctx.tx, region.RegionId, readPortRangeListId(params.PortRangeListId));
    const holders = listAssociations(ctx.tx, 'portRangeList', list.PortRangeListId).map((a) => a.group.SecurityGroupId);
    if (holders.length > 0) {
      fail(
        'DependencyViolation.PortRangeList',
        `The port list ${list.PortRangeListId} is still used by rules of security group(s) ${groupList(holders)}.`,
        403,
        'PortRangeListId',
      );
    }
    ctx.tx.delete('portRangeLists', list.PortRangeListId);
    return {};
  },
});
