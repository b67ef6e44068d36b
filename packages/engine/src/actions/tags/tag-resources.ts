import { fail } from '../../errors.ts';
import type { Tag } from '../../model/security-group.ts';
import { tagsProblem } from '../../validate/names.ts';
import { readTags } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import { MAX_TAGS_PER_CALL, requireTargets, saveTags, tagsOf, type TagResourceType } from './tag-targets.ts';

export interface TagResourcesParams {
  RegionId: string;
  ResourceType: TagResourceType;
  /** 1–50 IDs of the one ResourceType. */
  ResourceId: string[];
  /** 1–20 tags; a key the resource already has gets the new value. */
  Tag: { Key: string; Value?: string }[];
}

export type TagResourcesResponse = Record<string, never>;

/**
 * Adds tags to resources of one type (tag-targets.ts), or overwrites the value of a key they already have. All
 * resources are checked before any is written: one bad ID tags none.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.ResourceType,
 * InvalidResourceType.NotFound, InvalidParameter, MissingParameter.ResourceId, NumberExceed.ResourceIds,
 * MissingParameter.Tags, NumberExceed.Tags, InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey,
 * InvalidResourceId.NotFound, InvalidOperation.ResourceManagedByCloudProduct, QuotaExceed.Tags
 */
export const tagResources = defineAction<TagResourcesParams, TagResourcesResponse>({
  readOnly: false,
  run(ctx, params) {
    const targets = requireTargets(ctx, params);
    const tags = readTags(params.Tag);
    if (tags.length === 0) fail('MissingParameter.Tags', 'The parameter - Tags should not be null.', 400, 'Tag');
    if (tags.length > MAX_TAGS_PER_CALL) {
      fail('NumberExceed.Tags', `The Tags parameter's number is exceed , Valid : ${MAX_TAGS_PER_CALL}`, 400, 'Tag');
    }
    assertNoProblem(tagsProblem(tags, MAX_TAGS_PER_CALL), 'Tag');

    for (const target of targets) {
      const incoming = new Map(tags.map((t) => [t.TagKey, t.TagValue]));
      const kept: Tag[] = tagsOf(target).map((t) =>
        incoming.has(t.TagKey) ? { TagKey: t.TagKey, TagValue: incoming.get(t.TagKey) ?? '' } : { ...t },
      );
      const added = tags.filter((t) => !kept.some((k) => k.TagKey === t.TagKey)).map((t) => ({ ...t }));
      const merged = [...kept, ...added];
      // The per-resource cap counts what the resource ends up with, old tags included.
      assertNoProblem(tagsProblem(merged, ctx.profile.limits.tagsPerResource), 'Tag');
      saveTags(ctx, target, merged);
    }
    return {};
  },
});
