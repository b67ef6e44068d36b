import { describe, expect, it } from 'vitest';
import { REGION, expectRejected, newGroup, ruleWorld, rulesOf } from '../../test/rule-support.ts';

const HTTPS_OUT = { IpProtocol: 'TCP', PortRange: '443/443', DestCidrIp: '0.0.0.0/0' };

describe('AuthorizeSecurityGroupEgress', () => {
  it('adds outbound rules with the peer in Dest* and the local address in Source*', async () => {
    const { engine, vpcId, groupId } = await ruleWorld();
    const db = await newGroup(engine, vpcId);
    const res = await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [
        { ...HTTPS_OUT, SourceCidrIp: '172.16.1.10/32', Policy: 'drop' },
        { IpProtocol: 'udp', PortRange: '53/53', Ipv6DestCidrIp: '2400:3200:0:0:0:0:0:1' },
        { IpProtocol: 'TCP', PortRange: '3306/3306', DestGroupId: db },
      ],
    });
    expect(res.SecurityGroupRuleIds.SecurityGroupRuleId).toHaveLength(3);
    expect(await rulesOf(engine, groupId, 'ingress')).toEqual([]);
    expect(await rulesOf(engine, groupId, 'egress')).toMatchObject([
      { Direction: 'egress', DestCidrIp: '0.0.0.0/0', SourceCidrIp: '172.16.1.10/32', Policy: 'Drop' },
      { IpProtocol: 'UDP', Ipv6DestCidrIp: '2400:3200::1' },
      { DestGroupId: db, DestCidrIp: '', SourceGroupId: '' },
    ]);
  });

  it('keeps ingress and egress rules apart when their fields match', async () => {
    const { engine, groupId } = await ruleWorld();
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'ALL',
      SourceCidrIp: '10.0.0.0/8',
    });
    await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'ALL',
      DestCidrIp: '10.0.0.0/8',
    });
    const again = await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'all',
      DestCidrIp: '10.0.0.0/8',
    });
    expect(again.SecurityGroupRuleIds.SecurityGroupRuleId).toEqual([]);
    expect((await rulesOf(engine, groupId)).map((r) => r.Direction)).toEqual(['ingress', 'egress']);
  });

  it('uses the Dest twins of the codes', async () => {
    const { engine, groupId } = await ruleWorld();
    const { VpcId: otherVpc } = await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/8' });
    const foreign = await newGroup(engine, otherVpc);
    const one = (permission: object) => () =>
      engine.call('AuthorizeSecurityGroupEgress', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        Permissions: [permission],
      });
    const cases: [object, string, string][] = [
      [{ IpProtocol: 'ALL' }, 'MissingParameter.Dest', 'DestCidrIp'],
      [{ ...HTTPS_OUT, Ipv6DestCidrIp: '::/0' }, 'InvalidParam.DestIp', 'DestCidrIp'],
      [{ ...HTTPS_OUT, DestCidrIp: '300.0.0.0/8' }, 'InvalidDestCidrIp.Malformed', 'DestCidrIp'],
      [
        { ...HTTPS_OUT, DestCidrIp: undefined, Ipv6DestCidrIp: 'fe80::zz' },
        'InvalidParam.Ipv6DestCidrIp',
        'Ipv6DestCidrIp',
      ],
      [{ ...HTTPS_OUT, SourceCidrIp: '172.16.1.1', Ipv6SourceCidrIp: '::1' }, 'InvalidParam.SourceIp', 'SourceCidrIp'],
      [{ ...HTTPS_OUT, SourceCidrIp: '172.16.1.1/40' }, 'InvalidSourceCidrIp.Malformed', 'SourceCidrIp'],
      [{ ...HTTPS_OUT, Ipv6SourceCidrIp: '172.16.1.1' }, 'InvalidParam.Ipv6SourceCidrIp', 'Ipv6SourceCidrIp'],
      [{ ...HTTPS_OUT, SourceGroupId: 'sg-x' }, 'InvalidSourceOrDestGroupId.DirectionMissmatch', 'SourceGroupId'],
      [{ ...HTTPS_OUT, DestCidrIp: undefined, DestGroupId: groupId }, 'InvalidSecurityGroup.IsSame', 'DestGroupId'],
      [{ ...HTTPS_OUT, DestCidrIp: undefined, DestGroupId: 'sg-nope' }, 'InvalidDestGroupId.NotFound', 'DestGroupId'],
      [{ ...HTTPS_OUT, DestCidrIp: undefined, DestGroupId: foreign }, 'InvalidDestGroupId.Mismatch', 'DestGroupId'],
      [
        { ...HTTPS_OUT, DestCidrIp: undefined, DestPrefixListId: 'pl-x' },
        'InvalidPrefixListId.NotFound',
        'DestPrefixListId',
      ],
      [
        { IpProtocol: 'ICMPv6', DestCidrIp: '0.0.0.0/0' },
        'InvalidParam.Ipv6ProtocolConflictWithIpv4Address',
        'IpProtocol',
      ],
    ];
    for (const [permission, code, field] of cases) {
      const error = await expectRejected(engine, groupId, one(permission), code);
      expect(error.Field, code).toBe(field);
    }
    expect(await rulesOf(engine, groupId)).toEqual([]);
  });
});
