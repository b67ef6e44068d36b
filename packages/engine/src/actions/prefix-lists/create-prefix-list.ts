import { fail } from '../../errors.ts';
import type { PrefixList } from '../../model/lists.ts';
import { LIST_FIELD_CHECKS } from '../../validate/list-fields.ts';
import { optionalString, requiredString, requireRegion } from '../../validate/params.ts';
import { readResourceGroupId, readResourceTags } from '../../validate/resource-tags.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import { readEntries } from './list-entries.ts';
import { prefixListEntryRules, readAddressFamily, readPrefixListMaxEntries } from './prefix-list-lookup.ts';

export interface CreatePrefixListParams {
  RegionId: string;
  PrefixListName: string;
  Description?: string;
  /** `IPv4` or `IPv6` (any case); cannot change later. */
  AddressFamily: string;
  /** 1–200; cannot change later. Rules that reference the list count as this many rules. */
  MaxEntries: number | string;
  /** 0–200 entries; a bare address becomes /32 (/128), every CIDR must be canonical and unique. */
  Entry?: { Cidr: string; Description?: string }[];
  ClientToken?: string;
  /** Tag.N: the tags the new resource starts with. */
  Tag?: { Key: string; Value?: string }[];
  /** The account's default resource group when not given; it has no other (model/account.ts). */
  ResourceGroupId?: string;
}

export interface CreatePrefixListResponse {
  PrefixListId: string;
}

/**
 * Creates a prefix list (spec §6).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch, InvalidResourceGroup.NotFound, InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey, QuotaExceed.Tags,
 * MissingParameter, InvalidParameter.PrefixListName, InvalidParameter (description, MaxEntries, an entry),
 * InvalidParameter.AddressFamily, LimitExceed.Entry, InvalidParameter.CidrMalformed,
 * InvalidParameter.CidrDuplicated, LimitExceed.MaxEntries, LimitExceed.PrefixListPerRegion
 */
export const createPrefixList = defineAction<CreatePrefixListParams, CreatePrefixListResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const name = requiredString(params.PrefixListName, 'PrefixListName', 'MissingParameter');
    assertNoProblem(LIST_FIELD_CHECKS.prefix.nameProblem(name), 'PrefixListName');
    const description = optionalString(params.Description, 'Description');
    // The prefix-list error table has no description code of its own: the plain InvalidParameter it lists.
    assertNoProblem(LIST_FIELD_CHECKS.prefix.descriptionProblem(description), 'Description');
    const tags = readResourceTags(params.Tag, ctx.profile.limits.tagsPerResource);
    const resourceGroupId = readResourceGroupId(params.ResourceGroupId);
    const family = readAddressFamily(params.AddressFamily);
    const maxEntries = readPrefixListMaxEntries(ctx, params.MaxEntries);
    const entries = readEntries(ctx, params.Entry, 'Entry', prefixListEntryRules(family));
    if (entries.length > maxEntries) {
      fail(
        'LimitExceed.MaxEntries',
        `The number of entries exceeds the MaxEntries (${maxEntries}) of the specified prefix list.`,
        400,
        'Entry',
      );
    }
    const limit = ctx.profile.limits.prefixListsPerRegion;
    const inRegion = ctx.tx.all('prefixLists').filter((l) => l.RegionId === region.RegionId).length;
    if (inRegion >= limit) {
      // 404 is the status the error table gives, odd as it is.
      fail(
        'LimitExceed.PrefixListPerRegion',
        `The number of prefix lists in the region reaches the limit (${limit}).`,
        404,
      );
    }

    const list: PrefixList = {
      PrefixListId: ctx.newId('pl', region.RegionId),
      RegionId: region.RegionId,
      PrefixListName: name,
      Description: description,
      AddressFamily: family,
      MaxEntries: maxEntries,
      Entries: entries.map((e) => ({ Cidr: e.key, Description: e.Description })),
      CreationTime: ctx.time,
      Tags: tags,
      ResourceGroupId: resourceGroupId,
    };
    ctx.tx.put('prefixLists', list.PrefixListId, list);
    return { PrefixListId: list.PrefixListId };
  },
});
