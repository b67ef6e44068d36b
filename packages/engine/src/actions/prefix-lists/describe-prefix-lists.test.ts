import { DEFAULT_RESOURCE_GROUP_ID } from '../../model/account.ts';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine.ts';
import { expectCode } from '../../test/expect-code.ts';
import { newGroup } from '../../test/rule-support.ts';
import { listWorld, newPrefixList, OTHER_REGION, REGION } from '../../test/list-support.ts';

async function useList(engine: Engine, groupId: string, listId: string, port: number) {
  const res = await engine.call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId: groupId,
    Permissions: [{ IpProtocol: 'TCP', PortRange: `${port}/${port}`, SourcePrefixListId: listId }],
  });
  return res.SecurityGroupRuleIds.SecurityGroupRuleId[0]!;
}

describe('DescribePrefixLists', () => {
  it('lists the region’s lists, newest first, with filters, paging and AssociationCount', async () => {
    const { engine, vpcId, groupId } = await listWorld();
    const a = await newPrefixList(engine, { PrefixListName: 'alpha', Entry: [{ Cidr: '10.0.0.0/8' }] });
    const b = await newPrefixList(engine, { PrefixListName: 'beta', AddressFamily: 'IPv6' });
    const c = await newPrefixList(engine, { PrefixListName: 'gamma' });
    await newPrefixList(engine, { PrefixListName: 'elsewhere', RegionId: OTHER_REGION });
    const other = await newGroup(engine, vpcId);
    await useList(engine, groupId, a, 22);
    await useList(engine, groupId, a, 23);
    await useList(engine, other, a, 22);

    const all = await engine.call('DescribePrefixLists', { RegionId: REGION, MaxResults: 100 });
    // Created in the same second: ID order breaks the tie, so only the set is certain.
    expect(all.PrefixLists.PrefixList.map((l) => l.PrefixListId).sort()).toEqual([a, b, c].sort());
    expect(all.PrefixLists.PrefixList.find((l) => l.PrefixListId === a)).toEqual({
      PrefixListId: a,
      PrefixListName: 'alpha',
      Description: '',
      AddressFamily: 'IPv4',
      MaxEntries: 10,
      AssociationCount: 2,
      CreationTime: expect.any(String),
      ResourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
      Tags: { Tag: [] },
      EntryCount: 1,
    });
    const names = (res: typeof all) => res.PrefixLists.PrefixList.map((l) => l.PrefixListName);
    expect(names(await engine.call('DescribePrefixLists', { RegionId: REGION, AddressFamily: 'ipv6' }))).toEqual([
      'beta',
    ]);
    expect(names(await engine.call('DescribePrefixLists', { RegionId: REGION, PrefixListName: 'gamma' }))).toEqual([
      'gamma',
    ]);
    expect(
      names(
        await engine.call('DescribePrefixLists', { RegionId: REGION, PrefixListId: JSON.stringify([a, c]) }),
      ).sort(),
    ).toEqual(['alpha', 'gamma']);

    const first = await engine.call('DescribePrefixLists', { RegionId: REGION, MaxResults: 2 });
    const second = await engine.call('DescribePrefixLists', {
      RegionId: REGION,
      MaxResults: 2,
      NextToken: first.NextToken,
    });
    expect([first.PrefixLists.PrefixList.length, second.PrefixLists.PrefixList.length, second.NextToken]).toEqual([
      2,
      1,
      '',
    ]);
    expect(first.TotalCount).toBe(3);
  });

  it('refuses bad filters', async () => {
    const { engine } = await listWorld();
    await expectCode(
      engine.call('DescribePrefixLists', { RegionId: REGION, AddressFamily: 'IPv5' }),
      'InvalidParameter.AddressFamily',
    );
    await expectCode(engine.call('DescribePrefixLists', { RegionId: REGION, MaxResults: 101 }), 'InvalidParameter');
    await expectCode(
      engine.call('DescribePrefixLists', { RegionId: REGION, PrefixListId: 'not json' }),
      'InvalidParameter',
    );
    await expectCode(
      engine.call('DescribePrefixLists', { RegionId: REGION, NextToken: 'x' }),
      'InvalidNextToken.Malformed',
    );
  });
});

describe('DescribePrefixListAttributes and DescribePrefixListAssociations', () => {
  it('lists the groups that use a list with the rules that do, paged', async () => {
    const { engine, vpcId, groupId } = await listWorld();
    const id = await newPrefixList(engine);
    const unused = await newPrefixList(engine);
    const other = await newGroup(engine, vpcId);
    const r1 = await useList(engine, groupId, id, 22);
    const r2 = await useList(engine, groupId, id, 443);
    const r3 = await useList(engine, other, id, 22);
    const res = await engine.call('DescribePrefixListAssociations', { RegionId: REGION, PrefixListId: id });
    const expected = [
      {
        ResourceId: groupId,
        ResourceType: 'securitygroup',
        SecurityGroupName: '',
        SecurityGroupRuleIds: { SecurityGroupRuleId: [r1, r2] },
      },
      {
        ResourceId: other,
        ResourceType: 'securitygroup',
        SecurityGroupName: '',
        SecurityGroupRuleIds: { SecurityGroupRuleId: [r3] },
      },
    ].sort((x, y) => x.ResourceId.localeCompare(y.ResourceId));
    expect(res.PrefixListAssociations.PrefixListAssociation).toEqual(expected);
    expect([res.NextToken, res.TotalCount]).toEqual(['', 2]);
    const page = await engine.call('DescribePrefixListAssociations', {
      RegionId: REGION,
      PrefixListId: id,
      MaxResults: 1,
    });
    expect([page.PrefixListAssociations.PrefixListAssociation.length, page.NextToken]).toEqual([1, '1']);
    const none = await engine.call('DescribePrefixListAssociations', { RegionId: REGION, PrefixListId: unused });
    expect(none.PrefixListAssociations.PrefixListAssociation).toEqual([]);
  });

  it('answers InvalidPrefixListId.NotFound and MissingParameter', async () => {
    const { engine } = await listWorld();
    for (const action of ['DescribePrefixListAttributes', 'DescribePrefixListAssociations'] as const) {
      await expectCode(
        engine.call(action, { RegionId: REGION, PrefixListId: 'pl-nothere' }),
        'InvalidPrefixListId.NotFound',
      );
      await expectCode(engine.call(action, { RegionId: REGION } as never), 'MissingParameter');
    }
  });
});
