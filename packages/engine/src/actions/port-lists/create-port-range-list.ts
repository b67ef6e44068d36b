import { fail } from '../../errors.ts';
import type { PortRangeList } from '../../model/lists.ts';
import { LIST_FIELD_CHECKS } from '../../validate/list-fields.ts';
import { optionalString, requiredString, requireRegion } from '../../validate/params.ts';
import { readResourceGroupId, readResourceTags } from '../../validate/resource-tags.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import { readEntries } from '../prefix-lists/list-entries.ts';
import { PORT_LIST_ENTRY_RULES, readPortRangeListMaxEntries } from './port-list-lookup.ts';

export interface CreatePortRangeListParams {
  RegionId: string;
  PortRangeListName: string;
  Description?: string;
  /** 1–2000; cannot change later. Rules that use the list count as this many rules. */
  MaxEntries: number | string;
  /** 0–200 entries, `a/b` port ranges, unique. */
  Entry?: { PortRange: string; Description?: string }[];
  ClientToken?: string;
  /** Tag.N: the tags the new resource starts with. */
  Tag?: { Key: string; Value?: string }[];
  /** The account's default resource group when not given; it has no other (model/account.ts). */
  ResourceGroupId?: string;
}

export interface CreatePortRangeListResponse {
  PortRangeListId: string;
}

/**
 * Creates a port list (spec §6). The per-region quota's real value is not documented; ours is
 * `portRangeListsPerRegion` (100).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch, InvalidResourceGroup.NotFound, InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey, QuotaExceed.Tags,
 * MissingParameter, InvalidParameter.PortRangeListName, InvalidDescription.Malformed, InvalidParameter (MaxEntries),
 * InvalidOperation.MaxEntriesCountExceed, LimitExceed.Entry, InvalidParam.Entry, InvalidParameter.PortRange,
 * InvalidParameter.PortRangeDuplicated, InvalidOperation.EntryCountExceedMaxEntries, InvalidOperation.MaxCountExceed
 */
export const createPortRangeList = defineAction<CreatePortRangeListParams, CreatePortRangeListResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const name = requiredString(params.PortRangeListName, 'PortRangeListName', 'MissingParameter');
    assertNoProblem(LIST_FIELD_CHECKS.port.nameProblem(name), 'PortRangeListName');
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(LIST_FIELD_CHECKS.port.descriptionProblem(description), 'Description');
    const tags = readResourceTags(params.Tag, ctx.profile.limits.tagsPerResource);
    const resourceGroupId = readResourceGroupId(params.ResourceGroupId);
    const maxEntries = readPortRangeListMaxEntries(ctx, params.MaxEntries);
    const entries = readEntries(ctx, params.Entry, 'Entry', PORT_LIST_ENTRY_RULES);
    if (entries.length > maxEntries) {
      fail(
        'InvalidOperation.EntryCountExceedMaxEntries',
        `The number of entries (${entries.length}) exceeds the MaxEntries (${maxEntries}) of the port list.`,
        400,
        'Entry',
      );
    }
    const limit = ctx.profile.limits.portRangeListsPerRegion;
    const inRegion = ctx.tx.all('portRangeLists').filter((l) => l.RegionId === region.RegionId).length;
    if (inRegion >= limit) {
      fail(
        'InvalidOperation.MaxCountExceed',
        `The number of port range list in the current account has exceeded quota (${limit} per region).`,
        403,
      );
    }

    const list: PortRangeList = {
      PortRangeListId: ctx.newId('prl', region.RegionId),
      RegionId: region.RegionId,
      PortRangeListName: name,
      Description: description,
      MaxEntries: maxEntries,
      Entries: entries.map((e) => ({ PortRange: e.key, Description: e.Description })),
      CreationTime: ctx.time,
      Tags: tags,
      ResourceGroupId: resourceGroupId,
    };
    ctx.tx.put('portRangeLists', list.PortRangeListId, list);
    return { PortRangeListId: list.PortRangeListId };
  },
});
