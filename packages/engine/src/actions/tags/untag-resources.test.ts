import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { patchStoredGroup, storedRows } from '../../test/group-support.ts';
import { groupTags, instanceTags, REGION, tagWorld } from '../../test/tag-support.ts';

async function taggedWorld() {
  const world = await tagWorld();
  await world.engine.call('TagResources', {
    RegionId: REGION,
    ResourceType: 'securitygroup',
    ResourceId: [world.groupId],
    Tag: [
      { Key: 'team', Value: 'web' },
      { Key: 'cost', Value: '42' },
    ],
  });
  await world.engine.call('TagResources', {
    RegionId: REGION,
    ResourceType: 'instance',
    ResourceId: [world.instanceId],
    Tag: [{ Key: 'role', Value: 'web' }],
  });
  return world;
}

describe('UntagResources', () => {
  it('removes the keys given and skips keys the resource does not have', async () => {
    const { engine, groupId } = await taggedWorld();
    await engine.call('UntagResources', {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      ResourceId: [groupId],
      TagKey: ['team', 'missing'],
    });
    expect(await groupTags(engine, groupId)).toEqual([
      { TagKey: 'env', TagValue: 'prod' },
      { TagKey: 'cost', TagValue: '42' },
    ]);
  });

  it('removes every tag with All, and TagKey wins over All', async () => {
    const { engine, groupId, instanceId } = await taggedWorld();
    await engine.call('UntagResources', {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      ResourceId: [groupId],
      TagKey: ['cost'],
      All: true,
    });
    expect(await groupTags(engine, groupId)).toHaveLength(2);
    await engine.call('UntagResources', {
      RegionId: REGION,
      ResourceType: 'instance',
      ResourceId: [instanceId],
      All: true,
    });
    expect(await instanceTags(engine, instanceId)).toEqual([]);
  });

  it('removes nothing without TagKey or All, and still succeeds', async () => {
    const { engine, db, groupId } = await taggedWorld();
    const before = storedRows(db);
    await engine.call('UntagResources', { RegionId: REGION, ResourceType: 'securitygroup', ResourceId: [groupId] });
    expect(storedRows(db)).toBe(before);
  });

  const failures: [string, Record<string, unknown>, string][] = [
    ['an empty key', { TagKey: [''] }, 'InvalidTagKey.Malformed'],
    ['21 keys', { TagKey: Array.from({ length: 21 }, (_, i) => `k${i}`) }, 'NumberExceed.Tags'],
    ['a bad All', { All: 'yes' }, 'InvalidParameter'],
    ['an unknown ID', { ResourceId: ['sg-missing'] }, 'InvalidResourceId.NotFound'],
    ['a bad resource type', { ResourceType: 'vpc' }, 'InvalidResourceType.NotFound'],
  ];
  it.each(failures)('refuses %s and stores nothing', async (_name, patch, code) => {
    const { engine, db, groupId } = await taggedWorld();
    const before = storedRows(db);
    const params = {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      ResourceId: [groupId],
      TagKey: ['team'],
      ...patch,
    };
    await expectCode(engine.call('UntagResources', params as never), code);
    expect(storedRows(db)).toBe(before);
  });

  it('refuses a group managed by a cloud service', async () => {
    const { engine, db, groupId } = await taggedWorld();
    await patchStoredGroup(engine, db, groupId, { ServiceManaged: true, ServiceID: 'cs.aliyuncs.com' });
    await expectCode(
      engine.call('UntagResources', {
        RegionId: REGION,
        ResourceType: 'securitygroup',
        ResourceId: [groupId],
        All: true,
      }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    expect(await groupTags(engine, groupId)).toHaveLength(3);
  });

  it('reads instances stored before tags existed as untagged', async () => {
    const { engine, db, instanceId } = await tagWorld();
    const row = db.tables.get('instances')!.get(instanceId)!;
    const { Tags: _, ...legacy } = row.data as Record<string, unknown>;
    const reloaded = new Promise<void>((resolve) => engine.subscribe((c) => c.external && resolve()));
    const other = db.connect();
    await other.commit([{ table: 'instances', id: instanceId, baseRev: row.rev, data: legacy as never }]);
    other.close();
    await reloaded;
    expect(await instanceTags(engine, instanceId)).toEqual([]);
    await engine.call('TagResources', {
      RegionId: REGION,
      ResourceType: 'instance',
      ResourceId: [instanceId],
      Tag: [{ Key: 'k' }],
    });
    expect(await instanceTags(engine, instanceId)).toEqual([{ TagKey: 'k', TagValue: '' }]);
  });
});
