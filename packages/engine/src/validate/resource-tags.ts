import { fail } from '../errors.ts';
import { DEFAULT_RESOURCE_GROUP_ID } from '../model/account.ts';
import type { Tag } from '../model/security-group.ts';
import { tagsProblem } from './names.ts';
import { optionalArray, optionalString, readTags } from './params.ts';
import { assertNoProblem } from './problem.ts';

/**
 * A Create call's ResourceGroupId: the account's default when not given. The account has no other resource group
 * (model/account.ts), so any other ID is unknown, as the API says of one that does not exist.
 * @throws InvalidParameter, InvalidResourceGroup.NotFound
 */
export function readResourceGroupId(value: unknown): string {
  const id = optionalString(value, 'ResourceGroupId').trim();
  if (id === '') return DEFAULT_RESOURCE_GROUP_ID;
  if (id !== DEFAULT_RESOURCE_GROUP_ID) {
    fail(
      'InvalidResourceGroup.NotFound',
      'The ResourceGroup provided does not exist in our records.',
      404,
      'ResourceGroupId',
    );
  }
  return id;
}

/** A Describe call's ResourceGroupId filter: '' is none; an unknown group matches nothing. */
export function readResourceGroupFilter(value: unknown): string {
  return optionalString(value, 'ResourceGroupId').trim();
}

export interface TagFilter {
  key: string;
  /** '' matches any value. */
  value: string;
}

/** The API's cap on Tag.N of a Describe call. */
const MAX_TAG_FILTERS = 20;

/**
 * Tag.N of a Describe call: every given tag must be on the resource; a missing or empty Value matches any value.
 * @throws InvalidParameter, InvalidTagKey.Malformed, NumberExceed.Tags
 */
export function readTagFilter(value: unknown): TagFilter[] {
  const filters = optionalArray(value, 'Tag').map((item, i) => {
    if (typeof item !== 'object' || item === null) {
      fail('InvalidParameter', `The specified parameter Tag.${i + 1} is not valid.`, 400, 'Tag');
    }
    const raw = item as Record<string, unknown>;
    const key = optionalString(raw.Key, 'Tag.N.Key');
    if (key === '') fail('InvalidTagKey.Malformed', 'The specified Tag.n.Key is not valid.', 400, 'Tag');
    return { key, value: optionalString(raw.Value, 'Tag.N.Value') };
  });
  if (filters.length > MAX_TAG_FILTERS) {
    fail('NumberExceed.Tags', `The Tags parameter's number is exceed , Valid : ${MAX_TAG_FILTERS}`, 400, 'Tag');
  }
  return filters;
}

/** `tags ?? []`: records stored before they had tags have none. */
export function matchesTags(tags: readonly Tag[] | undefined, filters: readonly TagFilter[]): boolean {
  return filters.every((f) =>
    (tags ?? []).some((own) => own.TagKey === f.key && (f.value === '' || own.TagValue === f.value)),
  );
}

/** Tags as responses print them. */
export function tagViews(tags: readonly Tag[] | undefined): { TagKey: string; TagValue: string }[] {
  return (tags ?? []).map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue }));
}

/**
 * A Create call's Tag.N: the tags the new resource starts with, checked as TagResources checks them.
 * @throws InvalidParameter, InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey, QuotaExceed.Tags
 */
export function readResourceTags(value: unknown, maxTags: number): Tag[] {
  const tags = readTags(value);
  assertNoProblem(tagsProblem(tags, maxTags), 'Tag');
  return tags;
}
