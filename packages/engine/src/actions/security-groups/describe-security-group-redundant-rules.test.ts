import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { REGION, newGroup, ruleWorld } from '../../test/rule-support.ts';

describe('DescribeSecurityGroupRedundantRules', () => {
  it('finds the planted redundant rules, both directions, and not the others', async () => {
    const { engine, vpcId, groupId } = await ruleWorld();
    const peerId = await newGroup(engine, vpcId);
    const call = { RegionId: REGION, SecurityGroupId: groupId };
    await engine.call('AuthorizeSecurityGroup', {
      ...call,
      Permissions: [
        { IpProtocol: 'TCP', PortRange: '1/1024', SourceCidrIp: '10.0.0.0/8', Priority: '10', Description: 'wide' },
        { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.1.0.0/16', Priority: '20', Description: 'planted' },
        { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.2.0.0/16', Priority: '5', Description: 'higher' },
        { IpProtocol: 'TCP', PortRange: '80/80', SourceGroupId: peerId, Description: 'group' },
        {
          IpProtocol: 'TCP',
          PortRange: '80/80',
          SourceCidrIp: '0.0.0.0/0',
          Policy: 'drop',
          Priority: '2',
          Description: 'deny',
        },
        { IpProtocol: 'TCP', PortRange: '80/80', SourceCidrIp: '1.2.3.4', Priority: '2', Description: 'denied' },
      ],
    });
    await engine.call('AuthorizeSecurityGroupEgress', {
      ...call,
      Permissions: [
        { IpProtocol: 'ALL', DestCidrIp: '0.0.0.0/0', Priority: '1', Description: 'all out' },
        { IpProtocol: 'UDP', PortRange: '53/53', DestCidrIp: '8.8.8.8', Priority: '1', Description: 'dns' },
      ],
    });
    const res = await engine.call('DescribeSecurityGroupRedundantRules', call);
    const found = res.RedundantRules.RedundantRule.map((r) => [r.Permission.Description, r.CoveredBy.Description]);
    expect(found).toEqual([
      ['planted', 'wide'],
      ['denied', 'deny'],
      ['dns', 'all out'],
    ]);
    expect(res.RedundantRules.RedundantRule[0]!.Permission.SecurityGroupRuleId).toMatch(/^sgr-/);
  });

  it('reads only, and refuses an unknown group', async () => {
    const { engine, groupId } = await ruleWorld();
    const res = await engine.call('DescribeSecurityGroupRedundantRules', {
      RegionId: REGION,
      SecurityGroupId: groupId,
    });
    expect(res.RedundantRules.RedundantRule).toEqual([]);
    await expectCode(
      engine.call('DescribeSecurityGroupRedundantRules', { RegionId: REGION, SecurityGroupId: 'sg-nope' }),
      'InvalidSecurityGroupId.NotFound',
    );
  });
});
