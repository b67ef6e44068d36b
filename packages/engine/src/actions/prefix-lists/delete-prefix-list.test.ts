import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { newGroup } from '../../test/rule-support.ts';
import { listWorld, newPrefixList, REGION } from '../../test/list-support.ts';
import { emptyWorld } from '../../engine.ts';

describe('DeletePrefixList', () => {
  it('deletes an unused list', async () => {
    const { engine } = await listWorld();
    const id = await newPrefixList(engine);
    await engine.call('DeletePrefixList', { RegionId: REGION, PrefixListId: id });
    await expectCode(
      engine.call('DescribePrefixListAttributes', { RegionId: REGION, PrefixListId: id }),
      'InvalidPrefixListId.NotFound',
    );
    await expectCode(
      engine.call('DeletePrefixList', { RegionId: REGION, PrefixListId: id }),
      'InvalidPrefixListId.NotFound',
    );
    await expectCode(engine.call('DeletePrefixList', { RegionId: REGION } as never), 'MissingParameter');
  });

  it('refuses while a rule references the list, naming the groups, and allows it once the rules are gone', async () => {
    const { engine, vpcId, groupId } = await listWorld();
    const other = await newGroup(engine, vpcId);
    const id = await newPrefixList(engine, { Entry: [{ Cidr: '203.0.113.0/24' }] });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: id }],
    });
    const { SecurityGroupRuleIds } = await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: other,
      Permissions: [{ IpProtocol: 'ALL', DestPrefixListId: id }],
    });
    const error = await expectCode(
      engine.call('DeletePrefixList', { RegionId: REGION, PrefixListId: id }),
      'DependencyViolation.PrefixList',
    );
    expect(error.HttpStatus).toBe(403);
    expect(error.Message).toContain(groupId);
    expect(error.Message).toContain(other);

    await engine.call('RevokeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: other,
      SecurityGroupRuleId: SecurityGroupRuleIds.SecurityGroupRuleId,
    });
    await engine.call('DeleteSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId });
    await engine.call('DeletePrefixList', { RegionId: REGION, PrefixListId: id });
  });
});

describe('resetWorld', () => {
  it('clears prefix lists and port lists with the rest of the world', async () => {
    const { engine } = await listWorld();
    await newPrefixList(engine);
    await engine.call('CreatePortRangeList', { RegionId: REGION, PortRangeListName: 'web', MaxEntries: 1 });
    await engine.resetWorld(emptyWorld);
    expect((await engine.call('DescribePrefixLists', { RegionId: REGION })).PrefixLists.PrefixList).toEqual([]);
    expect((await engine.call('DescribePortRangeLists', { RegionId: REGION })).PortRangeLists).toEqual([]);
  });
});
