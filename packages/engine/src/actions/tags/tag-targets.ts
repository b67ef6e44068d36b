import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import type { Instance } from '../../model/instance.ts';
import type { SecurityGroup, Tag } from '../../model/security-group.ts';
import { requiredString, requireRegion } from '../../validate/params.ts';
import { assertNotManaged } from '../security-groups/group-lookup.ts';

/**
 * What TagResources and UntagResources share: the resource type, the resource IDs, and reading and
 * writing the tags of each kind of record. Only the resources the emulator models can be tagged.
 */
export type TagResourceType = 'securitygroup' | 'instance';

/** The API's caps on one call (ResourceId.N 1–50, Tag.N and TagKey.N 1–20). */
export const MAX_RESOURCE_IDS = 50;
export const MAX_TAGS_PER_CALL = 20;

export type TagTarget = { type: 'securitygroup'; record: SecurityGroup } | { type: 'instance'; record: Instance };

/** Accepts a list, or one ID as a string (the RPC form `ResourceId.1`). */
function readResourceIds(value: unknown): string[] {
  const raw = typeof value === 'string' ? [value] : (value ?? []);
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string')) {
    fail('InvalidParameter', 'The specified parameter ResourceId is not valid.', 400, 'ResourceId');
  }
  // Repeats name the same resource: tagging it once is what was asked.
  const ids = [...new Set(raw.map((id: string) => id.trim()).filter((id) => id !== ''))];
  if (ids.length === 0)
    fail('MissingParameter.ResourceId', 'The parameter "ResourceId" should not be null.', 400, 'ResourceId');
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

function findTarget(ctx: ActionContext, type: TagResourceType, regionId: string, id: string): TagTarget | undefined {
  if (type === 'securitygroup') {
    const record = ctx.tx.get('securityGroups', id);
    return record && record.RegionId === regionId ? { type, record } : undefined;
  }
  const record = ctx.tx.get('instances', id);
  return record && record.RegionId === regionId ? { type, record } : undefined;
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
  const type = requiredString(params.ResourceType, 'ResourceType');
  // The API wants lower case; other ECS types (disk, image...) are not modelled.
  if (type !== 'securitygroup' && type !== 'instance') {
    fail(
      'InvalidResourceType.NotFound',
      'The ResourceType provided does not exist in our records.',
      404,
      'ResourceType',
    );
  }
  return readResourceIds(params.ResourceId).map((id) => {
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
    if (target.type === 'securitygroup') assertNotManaged(target.record);
    return target;
  });
}

/** `?? []`: instances stored before tags existed have no Tags field. */
export function tagsOf(target: TagTarget): readonly Tag[] {
  return target.record.Tags ?? [];
}

/** Writes a new tag list; records are frozen, so each write is a new object. */
export function saveTags(ctx: ActionContext, target: TagTarget, tags: Tag[]): void {
  if (target.type === 'securitygroup') {
    ctx.tx.put('securityGroups', target.record.SecurityGroupId, { ...target.record, Tags: tags });
  } else {
    ctx.tx.put('instances', target.record.InstanceId, { ...target.record, Tags: tags });
  }
}
