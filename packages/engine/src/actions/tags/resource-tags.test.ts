import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../model/account.ts';
import { expectCode } from '../../test/expect-code.ts';
import { storedRows } from '../../test/group-support.ts';
import { REGION, tagWorld } from '../../test/tag-support.ts';

const env = [{ Key: 'env', Value: 'prod' }];

async function listWorld() {
  const world = await tagWorld();
  const { engine, groupId } = world;
  const vsw = (await engine.call('DescribeVSwitches', { RegionId: REGION })).VSwitches.VSwitch[0]!.VSwitchId;
  const eni = await engine.call('CreateNetworkInterface', {
    RegionId: REGION,
    VSwitchId: vsw,
    SecurityGroupIds: [groupId],
    Tag: env,
  });
  const { PrefixListId } = await engine.call('CreatePrefixList', {
    RegionId: REGION,
    PrefixListName: 'office',
    AddressFamily: 'IPv4',
    MaxEntries: 5,
    Tag: env,
  });
  const { PortRangeListId } = await engine.call('CreatePortRangeList', {
    RegionId: REGION,
    PortRangeListName: 'web',
    MaxEntries: 5,
    ResourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
  });
  return { ...world, vsw, eniId: eni.NetworkInterfaceId, eni, PrefixListId, PortRangeListId };
}

describe('tags and resource groups of interfaces and lists', () => {
  it('sets Tag and the default resource group on Create, and answers them where the API does', async () => {
    const { engine, eni, eniId, PrefixListId, PortRangeListId } = await listWorld();
    expect(eni.Tags).toEqual({ Tag: [{ TagKey: 'env', TagValue: 'prod' }] });
    expect(eni.ResourceGroupId).toBe(DEFAULT_RESOURCE_GROUP_ID);
    const enis = await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, Tag: [{ Key: 'env' }] });
    expect(enis.NetworkInterfaceSets.NetworkInterfaceSet.map((e) => e.NetworkInterfaceId)).toEqual([eniId]);
    const lists = await engine.call('DescribePrefixLists', { RegionId: REGION, Tag: env });
    expect(lists.PrefixLists.PrefixList.map((l) => [l.PrefixListId, l.Tags, l.ResourceGroupId])).toEqual([
      [PrefixListId, { Tag: [{ TagKey: 'env', TagValue: 'prod' }] }, DEFAULT_RESOURCE_GROUP_ID],
    ]);
    const ports = await engine.call('DescribePortRangeLists', { RegionId: REGION, Tag: env });
    expect(ports.PortRangeLists).toEqual([]);
    const inGroup = await engine.call('DescribePortRangeLists', {
      RegionId: REGION,
      ResourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
    });
    expect(inGroup.PortRangeLists.map((l) => l.PortRangeListId)).toEqual([PortRangeListId]);
    const elsewhere = await engine.call('DescribeInstances', { RegionId: REGION, ResourceGroupId: 'rg-other' });
    expect(elsewhere.Instances.Instance).toEqual([]);
  });

  it('refuses a resource group the account does not have, creating nothing', async () => {
    const { engine, db, vpcId } = await tagWorld();
    const before = storedRows(db);
    const error = await expectCode(
      engine.call('CreateSecurityGroup', { RegionId: REGION, VpcId: vpcId, ResourceGroupId: 'rg-nope' }),
      'InvalidResourceGroup.NotFound',
    );
    expect(error.Field).toBe('ResourceGroupId');
    await expectCode(
      engine.call('CreatePrefixList', {
        RegionId: REGION,
        PrefixListName: 'xx',
        AddressFamily: 'IPv4',
        MaxEntries: 5,
        Tag: [{ Key: 'aliyun:x' }],
      }),
      'InvalidTagKey.Malformed',
    );
    expect(storedRows(db)).toBe(before);
  });

  it('tags and untags interfaces, prefix lists and port lists through TagResources and UntagResources', async () => {
    const { engine, eniId, PortRangeListId } = await listWorld();
    await engine.call('TagResources', {
      RegionId: REGION,
      ResourceType: 'portrangelist',
      ResourceId: [PortRangeListId],
      Tag: [{ Key: 'team', Value: 'web' }],
    });
    await engine.call('UntagResources', { RegionId: REGION, ResourceType: 'eni', ResourceId: [eniId], All: true });
    const ports = await engine.call('DescribePortRangeLists', { RegionId: REGION });
    expect(ports.PortRangeLists[0]!.Tags).toEqual([{ TagKey: 'team', TagValue: 'web' }]);
    const enis = await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, NetworkInterfaceId: [eniId] });
    expect(enis.NetworkInterfaceSets.NetworkInterfaceSet[0]!.Tags).toEqual({ Tag: [] });
  });
});

describe('ListTagResources', () => {
  it('lists one row per resource and tag, by ID, Tag or TagFilter, paged by NextToken', async () => {
    const { engine, groupId, vpcId } = await tagWorld();
    const more = [];
    for (let i = 0; i < 30; i++) {
      more.push(
        (
          await engine.call('CreateSecurityGroup', {
            RegionId: REGION,
            VpcId: vpcId,
            Tag: [
              { Key: 'env', Value: i % 2 ? 'dev' : 'prod' },
              { Key: 'n', Value: String(i) },
            ],
          })
        ).SecurityGroupId,
      );
    }
    const byId = await engine.call('ListTagResources', {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      ResourceId: [groupId, 'sg-missing'],
    });
    expect(byId.TagResources.TagResource).toEqual([
      { ResourceId: groupId, ResourceType: 'securitygroup', TagKey: 'env', TagValue: 'prod' },
    ]);
    expect(byId.NextToken).toBe('');

    const first = await engine.call('ListTagResources', { RegionId: REGION, ResourceType: 'securitygroup' });
    expect(first.TagResources.TagResource).toHaveLength(50);
    const second = await engine.call('ListTagResources', {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      NextToken: first.NextToken,
    });
    expect(second.TagResources.TagResource).toHaveLength(61 - 50);
    expect(second.NextToken).toBe('');

    const dev = await engine.call('ListTagResources', {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      TagFilter: [{ TagKey: 'env', TagValues: ['dev'] }],
    });
    expect(new Set(dev.TagResources.TagResource.map((r) => r.ResourceId)).size).toBe(15);
    const tagged = await engine.call('ListTagResources', {
      RegionId: REGION,
      ResourceType: 'securitygroup',
      Tag: [{ Key: 'n', Value: '3' }],
    });
    expect(tagged.TagResources.TagResource.map((r) => r.ResourceId)).toEqual([more[3], more[3]]);
  });

  it('refuses an unknown type, a bad token and too many IDs', async () => {
    const { engine } = await tagWorld();
    const base = { RegionId: REGION, ResourceType: 'securitygroup' as const };
    await expectCode(
      engine.call('ListTagResources', { ...base, ResourceType: 'disk' as never }),
      'InvalidResourceType.NotFound',
    );
    await expectCode(engine.call('ListTagResources', { RegionId: REGION } as never), 'MissingParameter.ResourceType');
    await expectCode(engine.call('ListTagResources', { ...base, NextToken: 'x' }), 'InvalidNextToken.Malformed');
    const ids = Array.from({ length: 51 }, (_, i) => `sg-${i}`);
    await expectCode(engine.call('ListTagResources', { ...base, ResourceId: ids }), 'NumberExceed.ResourceIds');
    await expectCode(
      engine.call('ListTagResources', { ...base, TagFilter: [{ TagKey: '' }] }),
      'InvalidTagKey.Malformed',
    );
  });
});
