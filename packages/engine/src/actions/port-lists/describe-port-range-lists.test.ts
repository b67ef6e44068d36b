import { DEFAULT_RESOURCE_GROUP_ID } from '../../model/account.ts';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { newGroup } from '../../test/rule-support.ts';
import { listWorld, newPortList, OTHER_REGION, REGION } from '../../test/list-support.ts';

describe('DescribePortRangeLists, DescribePortRangeListEntries, DescribePortRangeListAssociations', () => {
  it('lists the region’s port lists with AssociationCount, and the groups and rules that use one', async () => {
    const { engine, vpcId, groupId } = await listWorld();
    const web = await newPortList(engine, { PortRangeListName: 'web', Entry: [{ PortRange: '80/80' }] });
    const admin = await newPortList(engine, { PortRangeListName: 'admin' });
    await newPortList(engine, { RegionId: OTHER_REGION });
    const other = await newGroup(engine, vpcId);
    const use = async (group: string, protocol: string, cidr: string) =>
      (
        await engine.call('AuthorizeSecurityGroup', {
          RegionId: REGION,
          SecurityGroupId: group,
          Permissions: [{ IpProtocol: protocol, PortRangeListId: web, SourceCidrIp: cidr }],
        })
      ).SecurityGroupRuleIds.SecurityGroupRuleId[0]!;
    const r1 = await use(groupId, 'TCP', '10.0.0.0/8');
    const r2 = await use(groupId, 'UDP', '10.0.0.0/8');
    const r3 = await use(other, 'TCP', '0.0.0.0/0');

    const lists = (await engine.call('DescribePortRangeLists', { RegionId: REGION })).PortRangeLists;
    expect(lists.map((l) => [l.PortRangeListName, l.AssociationCount]).sort()).toEqual([
      ['admin', 0],
      ['web', 2],
    ]);
    expect(lists.find((l) => l.PortRangeListId === web)).toEqual({
      PortRangeListId: web,
      PortRangeListName: 'web',
      Description: '',
      MaxEntries: 10,
      AssociationCount: 2,
      CreationTime: expect.any(String),
      ResourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
      Tags: [],
      EntryCount: 1,
    });
    const byName = await engine.call('DescribePortRangeLists', { RegionId: REGION, PortRangeListName: 'admin' });
    expect(byName.PortRangeLists.map((l) => l.PortRangeListId)).toEqual([admin]);

    const assoc = await engine.call('DescribePortRangeListAssociations', { RegionId: REGION, PortRangeListId: web });
    const rulesOf = Object.fromEntries(
      assoc.PortRangeListAssociations.map((a) => [a.ResourceId, a.SecurityGroupRuleIds.SecurityGroupRuleId]),
    );
    expect(rulesOf).toEqual({ [groupId]: [r1, r2], [other]: [r3] });
    expect(assoc.PortRangeListAssociations.every((a) => a.ResourceType === 'securitygroup')).toBe(true);
  });

  it('answers InvalidPortRangeListId.NotFound (400), also for another region’s list', async () => {
    const { engine } = await listWorld();
    const elsewhere = await newPortList(engine, { RegionId: OTHER_REGION });
    for (const action of ['DescribePortRangeListEntries', 'DescribePortRangeListAssociations'] as const) {
      const error = await expectCode(
        engine.call(action, { RegionId: REGION, PortRangeListId: elsewhere }),
        'InvalidPortRangeListId.NotFound',
      );
      expect(error.HttpStatus).toBe(400);
      await expectCode(engine.call(action, { RegionId: REGION } as never), 'MissingParameter');
    }
  });
});
