import { fail } from '../../errors.ts';
import type { PortRangeList } from '../../model/lists.ts';
import type { Transaction } from '../../transaction.ts';
import { LIST_FIELD_CHECKS, parseListPortRange } from '../../validate/list-fields.ts';
import { requiredString } from '../../validate/params.ts';
import type { ActionContext } from '../../context.ts';
import { resourceGroupOf } from '../../model/account.ts';
import { tagViews } from '../../validate/resource-tags.ts';
import type { EntryRules } from '../prefix-lists/list-entries.ts';

/** Shared reads of the port-list actions: IDs, lookups scoped to a region, fields and the list view. */

/** @throws MissingParameter */
export function readPortRangeListId(value: unknown): string {
  return requiredString(value, 'PortRangeListId', 'MissingParameter').trim();
}

/** A list of another region is invisible. 400, as the error tables give it (unlike the prefix lists' 404). */
export function requirePortRangeList(tx: Transaction, regionId: string, id: string): PortRangeList {
  const list = tx.get('portRangeLists', id);
  if (!list || list.RegionId !== regionId) {
    fail('InvalidPortRangeListId.NotFound', 'The specified PortRangeListId does not exist.', 400, 'PortRangeListId');
  }
  return list;
}

/**
 * MaxEntries: an integer from 1 to 2000. Over the ceiling has its own documented code.
 * @throws MissingParameter, InvalidParameter, InvalidOperation.MaxEntriesCountExceed
 */
export function readPortRangeListMaxEntries(ctx: ActionContext, value: unknown): number {
  if (value === undefined || value === null || value === '') {
    fail('MissingParameter', 'The input parameter MaxEntries is not supplied.', 400, 'MaxEntries');
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) {
    fail(
      'InvalidParameter',
      'The specified parameter MaxEntries is not valid. It must be a positive integer.',
      400,
      'MaxEntries',
    );
  }
  const limit = ctx.profile.limits.portRangeListMaxEntries;
  if (n > limit) {
    fail(
      'InvalidOperation.MaxEntriesCountExceed',
      `The specified MaxEntries exceeded the upper limit (${limit}).`,
      400,
      'MaxEntries',
    );
  }
  return n;
}

/** Entry rules of a port list (list-entries.ts). */
export const PORT_LIST_ENTRY_RULES: EntryRules = {
  keyField: 'PortRange',
  parseKey: parseListPortRange,
  fields: LIST_FIELD_CHECKS.port,
  duplicateCode: 'InvalidParameter.PortRangeDuplicated',
  noun: 'port list',
};

/** A list as DescribePortRangeLists prints it. */
export interface PortRangeListSummary {
  PortRangeListId: string;
  PortRangeListName: string;
  Description: string;
  MaxEntries: number;
  /** Security groups whose rules reference the list. */
  AssociationCount: number;
  CreationTime: string;
  ResourceGroupId: string;
  /** A bare array, as the SDK has it (prefix lists wrap theirs in `Tags.Tag`). */
  Tags: { TagKey: string; TagValue: string }[];
  /** Ours, not in the API's list item: the current entry count, for the console's table. */
  EntryCount: number;
}

export function portRangeListSummary(list: PortRangeList, associationCount: number): PortRangeListSummary {
  return {
    PortRangeListId: list.PortRangeListId,
    PortRangeListName: list.PortRangeListName,
    Description: list.Description,
    MaxEntries: list.MaxEntries,
    AssociationCount: associationCount,
    CreationTime: list.CreationTime,
    ResourceGroupId: resourceGroupOf(list),
    Tags: tagViews(list.Tags),
    EntryCount: list.Entries.length,
  };
}
