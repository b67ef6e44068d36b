import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { membershipWorld } from '../../test/membership-world.ts';
import { listWorld, newPortList, newPrefixList } from '../../test/list-support.ts';
import { expectRejected, newGroup, REGION, rulesOf } from '../../test/rule-support.ts';

const SSH = { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' };
const port = (n: number) => ({ ...SSH, PortRange: `${n}/${n}` });

describe('quota accounting: a rule naming a list counts as its MaxEntries', () => {
  it('against the rules of a group, whatever the list holds now', async () => {
    const { engine, groupId } = await listWorld({ rulesPerGroup: 10 });
    const pl = await newPrefixList(engine, { MaxEntries: 6, Entry: [{ Cidr: '203.0.113.0/24' }] });
    const add =
      (...permissions: Record<string, unknown>[]) =>
      () =>
        engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, Permissions: permissions });
    await add({ IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: pl })();
    await add(port(1), port(2), port(3), port(4))();
    // 6 + 4 = 10: the group is full although it holds five rules and the list one entry.
    const error = await expectRejected(engine, groupId, add(port(5)), 'AuthorizationLimitExceed');
    expect(error.Message).toContain('MaxEntries');
    expect(await rulesOf(engine, groupId)).toHaveLength(5);
  });

  it('a rule with both a prefix list and a port list counts the product of their MaxEntries', async () => {
    const { engine, groupId } = await listWorld({ rulesPerGroup: 12 });
    const pl = await newPrefixList(engine, { MaxEntries: 3 });
    const prl = await newPortList(engine, { MaxEntries: 4 });
    const add = (permission: Record<string, unknown>) => () =>
      engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, Permissions: [permission] });
    await add({ IpProtocol: 'TCP', PortRangeListId: prl, SourcePrefixListId: pl })();
    await expectRejected(engine, groupId, add(port(1)), 'AuthorizationLimitExceed');
  });

  it('a modify that moves a rule to a list with a larger MaxEntries meets the quota too', async () => {
    const { engine, groupId } = await listWorld({ rulesPerGroup: 10 });
    const small = await newPrefixList(engine, { MaxEntries: 2 });
    const big = await newPrefixList(engine, { MaxEntries: 10 });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: small }, port(80)],
    });
    const [listRule] = await rulesOf(engine, groupId);
    const modify = (SourcePrefixListId: string) => () =>
      engine.call('ModifySecurityGroupRule', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: listRule!.SecurityGroupRuleId,
        SourcePrefixListId,
      });
    await expectRejected(engine, groupId, modify(big), 'AuthorizationLimitExceed');
    const nine = await newPrefixList(engine, { MaxEntries: 9 });
    await modify(nine)();
    expect((await rulesOf(engine, groupId))[0]!.SourcePrefixListId).toBe(nine);
  });

  it('against the 1,000 rules of an interface: Authorize refuses, and so does joining a group', async () => {
    const { engine, groups, instanceId, vpcId } = await membershipWorld({ rulesPerInterface: 8 });
    const pl = await newPrefixList(engine, { MaxEntries: 6 });
    const authorize = (groupId: string, permission: Record<string, unknown>) => () =>
      engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, Permissions: [permission] });
    // Group a (the instance's) takes a 6-entry list rule: 6 of the interface's 8.
    await authorize(groups.a, { IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: pl })();
    await authorize(groups.a, port(1))();
    await authorize(groups.a, port(2))();
    await expectRejected(engine, groups.a, authorize(groups.a, port(3)), 'AuthorizationLimitExceed');
    // A group with one rule cannot join: 8 + 1 > 8.
    const extra = await newGroup(engine, vpcId);
    await authorize(extra, port(9))();
    await expectCode(
      engine.call('JoinSecurityGroup', { RegionId: REGION, SecurityGroupId: extra, InstanceId: instanceId }),
      'AclLimitExceed',
    );
  });
});

describe('associations: at most listAssociations (1,000) groups per list', () => {
  it('counts groups, not rules, for prefix lists and port lists alike', async () => {
    const { engine, vpcId, groupId } = await listWorld({ listAssociations: 1 });
    const second = await newGroup(engine, vpcId);
    const pl = await newPrefixList(engine);
    const prl = await newPortList(engine);
    const authorize = (group: string, permission: Record<string, unknown>) => () =>
      engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: group, Permissions: [permission] });
    await authorize(groupId, { IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: pl })();
    // The same group again is no new association.
    await authorize(groupId, { IpProtocol: 'TCP', PortRange: '23/23', SourcePrefixListId: pl })();
    const error = await expectRejected(
      engine,
      second,
      authorize(second, { IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: pl }),
      'LimitExceed.PrefixListAssociationResource',
    );
    expect(error.HttpStatus).toBe(403);

    await authorize(groupId, { IpProtocol: 'TCP', PortRangeListId: prl, SourceCidrIp: '10.0.0.0/8' })();
    await expectRejected(
      engine,
      second,
      authorize(second, { IpProtocol: 'UDP', PortRangeListId: prl, SourceCidrIp: '10.0.0.0/8' }),
      'LimitExceed.PortRangeListAssociationResource',
    );
  });
});
