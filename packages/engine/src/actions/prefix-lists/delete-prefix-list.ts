import { fail } from '../../errors.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { groupList, listAssociations } from '../rules/list-references.ts';
import { readPrefixListId, requirePrefixList } from './prefix-list-lookup.ts';

export interface DeletePrefixListParams {
  RegionId: string;
  PrefixListId: string;
}

export type DeletePrefixListResponse = Record<never, never>;

/**
 * Deletes a prefix list that no rule references. The docs say deletion fails while the list is associated but give
 * no code; ours is DependencyViolation.PrefixList (403), in the family DeleteSecurityGroup uses for a group that
 * is still referenced, with the groups named (DescribePrefixListAssociations lists them all).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidPrefixListId.NotFound,
 * DependencyViolation.PrefixList
 */
export const deletePrefixList = defineAction<DeletePrefixListParams, DeletePrefixListResponse>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const list = requirePrefixList(ctx.tx, region.RegionId, readPrefixListId(params.PrefixListId));
    const holders = listAssociations(ctx.tx, 'prefixList', list.PrefixListId).map((a) => a.group.SecurityGroupId);
    if (holders.length > 0) {
      fail(
        'DependencyViolation.PrefixList',
        `The prefix list ${list.PrefixListId} is still referenced by rules of security group(s) ${groupList(holders)}.`,
        403,
        'PrefixListId',
      );
    }
    ctx.tx.delete('prefixLists', list.PrefixListId);
    return {};
  },
});
