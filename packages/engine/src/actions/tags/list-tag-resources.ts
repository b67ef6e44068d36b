import { fail } from '../../errors.ts';
import { optionalArray, optionalString, requireRegion } from '../../validate/params.ts';
import { readTagFilter, matchesTags } from '../../validate/resource-tags.ts';
import { defineAction } from '../define.ts';
import { pageByToken } from '../paging.ts';
import {
  allTargets,
  findTarget,
  readResourceIds,
  readResourceType,
  tagsOf,
  type TagResourceType,
  type TagTarget,
} from './tag-targets.ts';

export interface ListTagResourcesParams {
  RegionId: string;
  ResourceType: TagResourceType;
  /** ResourceId.N, up to 50; IDs that do not exist list nothing. */
  ResourceId?: string[];
  /** Tag.N, up to 20: resources with every one of these tags (a missing Value matches any). */
  Tag?: { Key: string; Value?: string }[];
  /** TagFilter.N: resources with the key and, when TagValues are given, one of those values. */
  TagFilter?: { TagKey: string; TagValues?: string[] }[];
  NextToken?: string;
}

export interface TagResourceView {
  ResourceId: string;
  ResourceType: TagResourceType;
  TagKey: string;
  TagValue: string;
}

export interface ListTagResourcesResponse {
  TagResources: { TagResource: TagResourceView[] };
  NextToken: string;
}

/** Rows per page: the API pages by NextToken only. */
const PAGE_SIZE = 50;

interface KeyFilter {
  key: string;
  values: string[];
}

function readKeyFilters(value: unknown): KeyFilter[] {
  return optionalArray(value, 'TagFilter').map((item, i) => {
    const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const key = optionalString(raw.TagKey, `TagFilter.${i + 1}.TagKey`);
    if (key === '') fail('InvalidTagKey.Malformed', 'The specified Tag.n.Key is not valid.', 400, 'TagFilter');
    const values = optionalArray(raw.TagValues, `TagFilter.${i + 1}.TagValues`).map((v) =>
      optionalString(v, `TagFilter.${i + 1}.TagValues`),
    );
    return { key, values };
  });
}

/**
 * The tags of resources of one type, one row per resource and tag, in resource ID order: the resources named by
 * ResourceId (all of the region's when none), narrowed by Tag and TagFilter. A resource without tags has no row.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.ResourceType,
 * InvalidResourceType.NotFound, InvalidParameter, NumberExceed.ResourceIds, InvalidTagKey.Malformed,
 * NumberExceed.Tags, InvalidNextToken.Malformed
 */
export const listTagResources = defineAction<ListTagResourcesParams, ListTagResourcesResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const type = readResourceType(params.ResourceType);
    const ids = readResourceIds(params.ResourceId);
    const tags = readTagFilter(params.Tag);
    const keyFilters = readKeyFilters(params.TagFilter);
    const targets: TagTarget[] =
      ids.length > 0
        ? ids
            .map((id) => findTarget(ctx, type, region.RegionId, id))
            .filter((t): t is TagTarget => t !== undefined)
            .sort((a, b) => a.id.localeCompare(b.id))
        : allTargets(ctx, type, region.RegionId);
    const rows = targets
      .filter(
        (t) =>
          matchesTags(tagsOf(t), tags) &&
          keyFilters.every((f) =>
            tagsOf(t).some((own) => own.TagKey === f.key && (f.values.length === 0 || f.values.includes(own.TagValue))),
          ),
      )
      .flatMap((t) =>
        tagsOf(t).map((tag) => ({ ResourceId: t.id, ResourceType: type, TagKey: tag.TagKey, TagValue: tag.TagValue })),
      );
    const { page, NextToken } = pageByToken(rows, undefined, params.NextToken, {
      min: PAGE_SIZE,
      max: PAGE_SIZE,
      default: PAGE_SIZE,
    });
    return { TagResources: { TagResource: page }, NextToken };
  },
});
