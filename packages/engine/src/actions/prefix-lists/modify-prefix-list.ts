import { fail } from '../../errors.ts';
import type { PrefixList, PrefixListEntry } from '../../model/lists.ts';
import { LIST_FIELD_CHECKS } from '../../validate/list-fields.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import { applyEntryChanges, readEntries } from './list-entries.ts';
import { prefixListEntryRules, readPrefixListId, requirePrefixList } from './prefix-list-lookup.ts';

export interface ModifyPrefixListParams {
  RegionId: string;
  PrefixListId: string;
  PrefixListName?: string;
  Description?: string;
  /** Entries to add; re-adding an existing CIDR replaces its description. 0–200. */
  AddEntry?: { Cidr: string; Description?: string }[];
  /** Entries to remove, by CIDR. 0–200; none may also be in AddEntry. */
  RemoveEntry?: { Cidr: string }[];
  ClientToken?: string;
}

export type ModifyPrefixListResponse = Record<never, never>;

/**
 * Renames a prefix list, changes its description, and adds or removes entries, all at once. AddressFamily and
 * MaxEntries never change. Every rule that references the list matches the new entries from the next evaluation
 * on: rules hold the list's ID, never a copy of its entries.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidPrefixListId.NotFound,
 * InvalidParameter.PrefixListName, InvalidParameter (description, an entry, a CIDR to remove that is not an entry),
 * LimitExceed.Entry, InvalidParameter.CidrMalformed, InvalidParameter.CidrDuplicated (within AddEntry, within
 * RemoveEntry, or in both), LimitExceed.MaxEntries
 */
export const modifyPrefixList = defineAction<ModifyPrefixListParams, ModifyPrefixListResponse>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const list = requirePrefixList(ctx.tx, region.RegionId, readPrefixListId(params.PrefixListId));
    const name = optionalString(params.PrefixListName, 'PrefixListName');
    if (name !== '') assertNoProblem(LIST_FIELD_CHECKS.prefix.nameProblem(name), 'PrefixListName');
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(LIST_FIELD_CHECKS.prefix.descriptionProblem(description), 'Description');

    const rules = prefixListEntryRules(list.AddressFamily);
    const adds = readEntries(ctx, params.AddEntry, 'AddEntry', rules);
    const removes = readEntries(ctx, params.RemoveEntry, 'RemoveEntry', rules);
    const entries = applyEntryChanges<PrefixListEntry>(
      list.Entries,
      (e) => e.Cidr,
      adds,
      removes,
      (e) => ({ Cidr: e.key, Description: e.Description }),
      rules,
    );
    if (entries.length > list.MaxEntries) {
      fail(
        'LimitExceed.MaxEntries',
        `The number of entries exceeds the MaxEntries (${list.MaxEntries}) of the specified prefix list.`,
        400,
        'AddEntry',
      );
    }
    const updated: PrefixList = {
      ...list,
      PrefixListName: name || list.PrefixListName,
      Description: description || list.Description,
      Entries: entries,
    };
    ctx.tx.put('prefixLists', list.PrefixListId, updated);
    return {};
  },
});
