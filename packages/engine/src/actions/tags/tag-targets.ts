import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import type { Tag } from '../../model/security-group.ts';
import type { TableTypes } from '../../model/tables.ts';
import { requiredString, requireRegion } from '../../validate/params.ts';
import { assertNotManaged } from '../security-groups/group-lookup.ts';

/**
 * What TagResources, UntagResources and ListTagResources share: the resource type, the resource IDs, and reading
 * and writing the tags of each kind of record. The types are the API's lower-case names of the resources the
 * emulator models; other ECS types (disk, image, snapshot...) are not modelled.
 */
export type TagResourceType = 'securitygroup' | 'instance' | 'eni' | 'prefixlist' | 'portrangelist';

/** The table and ID field of each taggable type. */
const TAGGABLE = {
  securitygroup: { table: 'securityGroups', id: 'SecurityGroupId' },
  instance: { table: 'instances', id: 'InstanceId' },
  eni: { table: 'networkInterfaces', id: 'NetworkInterfaceId' },
  prefixlist: { table: 'prefixLists', id: 'PrefixListId' },
  portrangelist: { table: 'portRangeLists', id: 'PortRangeListId' },
} as const;

type TaggableTable = (typeof TAGGABLE)[TagResourceType]['table'];
type TaggableRecord = TableTypes[TaggableTable];

/** The API's caps on one call (ResourceId.N 1–50, Tag.N and TagKey.N 1–20). */
export const MAX_RESOURCE_IDS = 50;
export const MAX_TAGS_PER_CALL = 20;

export interface TagTarget {
  type: TagResourceType;
  id: string;
  record: TaggableRecord;
}

const isTagResourceType = (type: string): type is TagResourceType => Object.hasOwn(TAGGABLE, type);

/** @throws MissingParameter.ResourceType, InvalidResourceType.NotFound */
export function readResourceType(value: unknown): TagResourceType {
  const type = requiredString(value, 'ResourceType');
  // The API wants lower case.
  if (!isTagResourceType(type)) {
    fail(
      'InvalidResourceType.NotFound',
      'The ResourceType provided does not exist in our records.',
      404,
      'ResourceType',
    );
  }
  return type;
}

/** Accepts a list, or one ID as a string (the RPC form `ResourceId.1`). @throws InvalidParameter, NumberExceed.ResourceIds */
export function readResourceIds(value: unknown): string[] {
  const raw = typeof value === 'string' ? [value] : (value ?? []);
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string')) {
    fail('InvalidParameter', 'The specified parameter ResourceId is not valid.', 400, 'ResourceId');
  }
  // Repeats name the same resource: tagging it once is what was asked.
  const ids = [...new Set(raw.map((id: string) => id.trim()).filter((id) => id !== ''))];
  if (ids.length > MAX_RESOURCE_IDS) {
    fail(
      'NumberExceed.ResourceIds',
      `The ResourceIds parameter's number is exceed , Valid : ${MAX_RESOURCE_IDS}`,
      400,
      'ResourceId',
    );
  }
  return ids;
}

export function findTarget(
  ctx: ActionContext,
  type: TagResourceType,
  regionId: string,
  id: string,
): TagTarget | undefined {
  const record = ctx.tx.get(TAGGABLE[type].table, id);
  return record && record.RegionId === regionId ? { type, id, record } : undefined;
}

/** Every resource of a type in a region, in ID order. */
export function allTargets(ctx: ActionContext, type: TagResourceType, regionId: string): TagTarget[] {
  const { table, id } = TAGGABLE[type];
  return ctx.tx
    .all(table)
    .filter((record) => record.RegionId === regionId)
    .map((record) => ({ type, id: (record as unknown as Record<string, string>)[id]!, record }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The resources a tag call names, all found before anything is written.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.ResourceType,
 * InvalidResourceType.NotFound, InvalidParameter, MissingParameter.ResourceId, NumberExceed.ResourceIds,
 * InvalidResourceId.NotFound, InvalidOperation.ResourceManagedByCloudProduct
 */
export function requireTargets(
  ctx: ActionContext,
  params: { RegionId?: unknown; ResourceType?: unknown; ResourceId?: unknown },
): TagTarget[] {
  const region = requireRegion(ctx, params.RegionId);
  const type = readResourceType(params.ResourceType);
  const ids = readResourceIds(params.ResourceId);
  if (ids.length === 0)
    fail('MissingParameter.ResourceId', 'The parameter "ResourceId" should not be null.', 400, 'ResourceId');
  return ids.map((id) => {
    const target = findTarget(ctx, type, region.RegionId, id);
    if (!target) {
      fail(
        'InvalidResourceId.NotFound',
        `The specified ResourceIds are not found in our records: ${id}.`,
        404,
        'ResourceId',
      );
    }
    // A cloud service's group is view-only, its tags included.
    if (type === 'securitygroup') assertNotManaged(target.record as TableTypes['securityGroups']);
    return target;
  });
}

/** `?? []`: records stored before they had tags have no Tags field. */
export function tagsOf(target: TagTarget): readonly Tag[] {
  return target.record.Tags ?? [];
}

/** Writes a new tag list; records are frozen, so each write is a new object. */
export function saveTags(ctx: ActionContext, target: TagTarget, tags: Tag[]): void {
  const table = TAGGABLE[target.type].table;
  ctx.tx.put(table, target.id, { ...target.record, Tags: tags } as never);
}
