import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { patchStoredGroup, storedRows } from '../../test/group-support.ts';
import { groupTags, instanceTags, REGION, tagWorld } from '../../test/tag-support.ts';

const tag = (Key: string, Value = '') => ({ Key, Value });

describe('TagResources', () => {
  it('adds tags to groups and overwrites the value of a key they have', async () => {
    const { engine, groupId } = await tagWorld();
    await engine.call('TagResources', {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      ResourceId: [groupId],
      Tag: [tag('env', 'staging'), tag('team', 'web')],
    });
    expect(await groupTags(engine, groupId)).toEqual([
      { TagKey: 'env', TagValue: 'staging' },
      { TagKey: 'team', TagValue: 'web' },
    ]);
  });

  it('tags instances, which start with none, and takes one ID as a string', async () => {
    const { engine, instanceId } = await tagWorld();
    expect(await instanceTags(engine, instanceId)).toEqual([]);
    await engine.call('TagResources', {
      RegionId: REGION,
      ResourceType: 'instance',
      ResourceId: instanceId as never,
      Tag: [tag('role')],
    });
    expect(await instanceTags(engine, instanceId)).toEqual([{ TagKey: 'role', TagValue: '' }]);
  });

  it('tags several resources in one call, a repeated ID once', async () => {
    const { engine, vpcId, groupId } = await tagWorld();
    const other = await engine.call('CreateSecurityGroup', { RegionId: REGION, VpcId: vpcId });
    await engine.call('TagResources', {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      ResourceId: [groupId, other.SecurityGroupId, groupId],
      Tag: [tag('owner', 'ops')],
    });
    expect(await groupTags(engine, other.SecurityGroupId)).toEqual([{ TagKey: 'owner', TagValue: 'ops' }]);
    expect(await groupTags(engine, groupId)).toHaveLength(2);
  });

  it('counts the tags a resource ends up with against its limit', async () => {
    const { engine, groupId } = await tagWorld({ tagsPerResource: 2 });
    const base = { RegionId: REGION, ResourceType: 'securitygroup' as const, ResourceId: [groupId] };
    // Overwriting a key adds nothing, so this fits.
    await engine.call('TagResources', { ...base, Tag: [tag('env', 'dev'), tag('a')] });
    await expectCode(engine.call('TagResources', { ...base, Tag: [tag('b')] }), 'QuotaExceed.Tags');
  });

  const longList = (n: number) => Array.from({ length: n }, (_, i) => `sg-${i}`);
  const failures: [string, Record<string, unknown>, string][] = [
    ['no region', { RegionId: '' }, 'MissingParameter.RegionId'],
    ['an unknown region', { RegionId: 'mars-1' }, 'InvalidRegionId.NotFound'],
    ['no resource type', { ResourceType: undefined }, 'MissingParameter.ResourceType'],
    ['an unmodelled resource type', { ResourceType: 'disk' }, 'InvalidResourceType.NotFound'],
    ['an upper-case resource type', { ResourceType: 'SecurityGroup' }, 'InvalidResourceType.NotFound'],
    ['IDs that are not strings', { ResourceId: [1] }, 'InvalidParameter'],
    ['no IDs', { ResourceId: [] }, 'MissingParameter.ResourceId'],
    ['51 IDs', { ResourceId: longList(51) }, 'NumberExceed.ResourceIds'],
    ['no tags', { Tag: [] }, 'MissingParameter.Tags'],
    ['21 tags', { Tag: Array.from({ length: 21 }, (_, i) => tag(`k${i}`)) }, 'NumberExceed.Tags'],
    ['a reserved key', { Tag: [tag('aliyun:x')] }, 'InvalidTagKey.Malformed'],
    ['a URL value', { Tag: [tag('k', 'https://x')] }, 'InvalidTagValue.Malformed'],
    ['a repeated key', { Tag: [tag('k'), tag('k', 'v')] }, 'Duplicate.TagKey'],
    ['an unknown ID among known ones', { ResourceId: ['GROUP', 'sg-missing'] }, 'InvalidResourceId.NotFound'],
    ['an instance ID as a group', { ResourceId: ['INSTANCE'] }, 'InvalidResourceId.NotFound'],
  ];
  it.each(failures)('refuses %s and stores nothing', async (_name, patch, code) => {
    const { engine, db, groupId, instanceId } = await tagWorld();
    const swap = (id: unknown) => (id === 'GROUP' ? groupId : id === 'INSTANCE' ? instanceId : id);
    const params: Record<string, unknown> = {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      ResourceId: [groupId],
      Tag: [tag('team', 'web')],
      ...patch,
    };
    if (Array.isArray(params.ResourceId)) params.ResourceId = params.ResourceId.map(swap);
    const before = storedRows(db);
    await expectCode(engine.call('TagResources', params as never), code);
    expect(storedRows(db)).toBe(before);
  });

  it('refuses a group managed by a cloud service', async () => {
    const { engine, db, groupId } = await tagWorld();
    await patchStoredGroup(engine, db, groupId, { ServiceManaged: true, ServiceID: 'cs.aliyuncs.com' });
    const before = storedRows(db);
    await expectCode(
      engine.call('TagResources', {
        RegionId: REGION,
        ResourceType: 'securitygroup',
        ResourceId: [groupId],
        Tag: [tag('x')],
      }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    expect(storedRows(db)).toBe(before);
  });
});
