import { fail } from '../../errors.ts';
import type { PortRangeList, PortRangeListEntry } from '../../model/lists.ts';
import { LIST_FIELD_CHECKS } from '../../validate/list-fields.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import { applyEntryChanges, readEntries } from '../prefix-lists/list-entries.ts';
import { PORT_LIST_ENTRY_RULES, readPortRangeListId, requirePortRangeList } from './port-list-lookup.ts';

export interface ModifyPortRangeListParams {
  RegionId: string;
  PortRangeListId: string;
  PortRangeListName?: string;
  Description?: string;
  /** Entries to add; re-adding an existing range replaces its description. 0–200. */
  AddEntry?: { PortRange: string; Description?: string }[];
  /** Entries to remove, by range. 0–200; none may also be in AddEntry. */
  RemoveEntry?: { PortRange: string }[];
  ClientToken?: string;
}

export type ModifyPortRangeListResponse = Record<never, never>;

/**
 * Renames a port list, changes its description, and adds or removes entries. MaxEntries never changes. Rules that
 * use the list match the new ranges from the next evaluation on.
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidPortRangeListId.NotFound,
 * InvalidParameter.PortRangeListName, InvalidDescription.Malformed, LimitExceed.Entry, InvalidParam.Entry (a bad
 * entry, or a range to remove that is not an entry), InvalidParameter.PortRange, InvalidParameter.PortRangeDuplicated
 * (within AddEntry, within RemoveEntry, or in both), LimitExceed.MaxEntries
 */
export const modifyPortRangeList = defineAction<ModifyPortRangeListParams, ModifyPortRangeListResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const list = requirePortRangeList(ctx.tx, region.RegionId, readPortRangeListId(params.PortRangeListId));
    const name = optionalString(params.PortRangeListName, 'PortRangeListName');
    if (name !== '') {
      assertNoProblem(LIST_FIELD_CHECKS.port.nameProblem(name), 'PortRangeListName');
    }
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(LIST_FIELD_CHECKS.port.descriptionProblem(description), 'Description');

    const adds = readEntries(ctx, params.AddEntry, 'AddEntry', PORT_LIST_ENTRY_RULES);
    const removes = readEntries(ctx, params.RemoveEntry, 'RemoveEntry', PORT_LIST_ENTRY_RULES);
    const entries = applyEntryChanges<PortRangeListEntry>(
      list.Entries,
      (e) => e.PortRange,
      adds,
      removes,
      (e) => ({ PortRange: e.key, Description: e.Description }),
      PORT_LIST_ENTRY_RULES,
    );
    if (entries.length > list.MaxEntries) {
      fail(
        'LimitExceed.MaxEntries',
        `The number of entries (${entries.length}) exceeds the MaxEntries (${list.MaxEntries}) of the port list.`,
        400,
        'AddEntry',
      );
    }
    const updated: PortRangeList = {
      ...list,
      PortRangeListName: name || list.PortRangeListName,
      Description: description || list.Description,
      Entries: entries,
    };
    ctx.tx.put('portRangeLists', list.PortRangeListId, updated);
    return {};
  },
});
