import { fail } from '../../errors.ts';
import type { ListAddressFamily, PrefixList } from '../../model/lists.ts';
import type { Transaction } from '../../transaction.ts';
import { LIST_FIELD_CHECKS, parsePrefixListCidr } from '../../validate/list-fields.ts';
import { optionalInteger, optionalString, requiredString } from '../../validate/params.ts';
import type { ActionContext } from '../../context.ts';
import { resourceGroupOf } from '../../model/account.ts';
import { tagViews } from '../../validate/resource-tags.ts';
import type { EntryRules } from './list-entries.ts';

/** Shared reads of the prefix-list actions: IDs, lookups scoped to a region, fields and the list view. */

/** @throws MissingParameter */
export function readPrefixListId(value: unknown): string {
  return requiredString(value, 'PrefixListId', 'MissingParameter').trim();
}

/** A list of another region is invisible, as in the real API (each region is its own endpoint). */
export function requirePrefixList(tx: Transaction, regionId: string, id: string): PrefixList {
  const list = tx.get('prefixLists', id);
  if (!list || list.RegionId !== regionId) {
    fail('InvalidPrefixListId.NotFound', 'The specified prefix list does not exist.', 404, 'PrefixListId');
  }
  return list;
}

/** Case-insensitive on input, stored as `IPv4`/`IPv6`. @throws MissingParameter, InvalidParameter.AddressFamily */
export function readAddressFamily(value: unknown): ListAddressFamily {
  const text = requiredString(value, 'AddressFamily', 'MissingParameter').trim().toLowerCase();
  if (text === 'ipv4') return 'IPv4';
  if (text === 'ipv6') return 'IPv6';
  return fail(
    'InvalidParameter.AddressFamily',
    'The parameter AddressFamily should be IPv4 or IPv6.',
    400,
    'AddressFamily',
  );
}

/** @throws MissingParameter, InvalidParameter (not an integer from 1 to the limit) */
export function readPrefixListMaxEntries(ctx: ActionContext, value: unknown): number {
  if (value === undefined || value === null || value === '') {
    fail('MissingParameter', 'The input parameter MaxEntries is not supplied.', 400, 'MaxEntries');
  }
  return optionalInteger(value, 'MaxEntries', 1, ctx.profile.limits.prefixListMaxEntries)!;
}

/** Entry rules of a prefix list of one family (list-entries.ts). */
export function prefixListEntryRules(family: ListAddressFamily): EntryRules {
  return {
    keyField: 'Cidr',
    parseKey: (text, label) => parsePrefixListCidr(text, family, label),
    fields: LIST_FIELD_CHECKS.prefix,
    duplicateCode: 'InvalidParameter.CidrDuplicated',
    noun: 'prefix list',
  };
}

/** The name filter of a Describe: absent is no filter. */
export function optionalFilter(value: unknown, name: string): string {
  return optionalString(value, name).trim();
}

/** A list as DescribePrefixLists prints it. */
export interface PrefixListSummary {
  PrefixListId: string;
  PrefixListName: string;
  Description: string;
  AddressFamily: ListAddressFamily;
  MaxEntries: number;
  /** Security groups whose rules reference the list. */
  AssociationCount: number;
  CreationTime: string;
  ResourceGroupId: string;
  Tags: { Tag: { TagKey: string; TagValue: string }[] };
  /** Ours, not in the API's list item: the current entry count, for the console's table. */
  EntryCount: number;
}

export function prefixListSummary(list: PrefixList, associationCount: number): PrefixListSummary {
  return {
    PrefixListId: list.PrefixListId,
    PrefixListName: list.PrefixListName,
    Description: list.Description,
    AddressFamily: list.AddressFamily,
    MaxEntries: list.MaxEntries,
    AssociationCount: associationCount,
    CreationTime: list.CreationTime,
    ResourceGroupId: resourceGroupOf(list),
    Tags: { Tag: tagViews(list.Tags) },
    EntryCount: list.Entries.length,
  };
}
