import { fail } from '../../errors.ts';
import { optionalArray, optionalBoolean } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { MAX_TAGS_PER_CALL, requireTargets, saveTags, tagsOf, type TagResourceType } from './tag-targets.ts';

export interface UntagResourcesParams {
  RegionId: string;
  ResourceType: TagResourceType;
  ResourceId: string[];
  /** 1–20 keys to remove; keys a resource does not have are skipped. */
  TagKey?: string[];
  /** Removes every tag; only read when TagKey is not given, as in the API. */
  All?: boolean;
}

export type UntagResourcesResponse = Record<string, never>;

function readTagKeys(value: unknown): string[] {
  const keys = optionalArray(typeof value === 'string' ? [value] : value, 'TagKey');
  if (keys.some((key) => typeof key !== 'string' || key.trim() === '')) {
    fail('InvalidTagKey.Malformed', 'The specified Tag.n.Key is not valid.', 400, 'TagKey');
  }
  if (keys.length > MAX_TAGS_PER_CALL) {
    // The API documents the cap (TagKey.N, N 1–20) but no code for it; this is TagResources' code.
    fail('NumberExceed.Tags', `The Tags parameter's number is exceed , Valid : ${MAX_TAGS_PER_CALL}`, 400, 'TagKey');
  }
  return keys as string[];
}

/**
 * Removes tags from resources of one type (tag-targets.ts): the keys in TagKey, or all tags with `All: true`.
 * With neither, nothing is removed (All defaults to false), and the call still succeeds.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.ResourceType,
 * InvalidResourceType.NotFound, InvalidParameter, MissingParameter.ResourceId, NumberExceed.ResourceIds,
 * InvalidTagKey.Malformed, NumberExceed.Tags, InvalidResourceId.NotFound,
 * InvalidOperation.ResourceManagedByCloudProduct
 */
export const untagResources = defineAction<UntagResourcesParams, UntagResourcesResponse>({
  readOnly: false,
  run(ctx, params) {
    const targets = requireTargets(ctx, params);
    const keys = new Set(readTagKeys(params.TagKey));
    const all = optionalBoolean(params.All, 'All') ?? false;
    if (keys.size === 0 && !all) return {};
    for (const target of targets) {
      const tags = tagsOf(target);
      const kept = keys.size > 0 ? tags.filter((t) => !keys.has(t.TagKey)) : [];
      if (kept.length !== tags.length)
        saveTags(
          ctx,
          target,
          kept.map((t) => ({ ...t })),
        );
    }
    return {};
  },
});
