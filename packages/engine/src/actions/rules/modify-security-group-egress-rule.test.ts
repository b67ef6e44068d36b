import { describe, expect, it } from 'vitest';
import { REGION, expectRejected, newGroup, ruleWorld, rulesOf } from '../../test/rule-support.ts';

describe('ModifySecurityGroupEgressRule', () => {
  it('changes an outbound rule and applies the Dest rules to it', async () => {
    const { engine, vpcId, groupId } = await ruleWorld();
    const { VpcId: otherVpc } = await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/8' });
    const foreign = await newGroup(engine, otherVpc);
    const db = await newGroup(engine, vpcId);
    const res = await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [
        { IpProtocol: 'TCP', PortRange: '443/443', DestCidrIp: '0.0.0.0/0' },
        { IpProtocol: 'TCP', PortRange: '5432/5432', DestGroupId: db },
      ],
    });
    const [cidrId = '', groupRuleId = ''] = res.SecurityGroupRuleIds.SecurityGroupRuleId;
    const modify = (id: string, fields: object) => () =>
      engine.call('ModifySecurityGroupEgressRule', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: id,
        ...fields,
      });

    await modify(cidrId, { DestCidrIp: '100.64.0.0/10', SourceCidrIp: '172.16.1.0/24', Priority: '3' })();
    expect((await rulesOf(engine, groupId, 'egress'))[0]).toMatchObject({
      DestCidrIp: '100.64.0.0/10',
      SourceCidrIp: '172.16.1.0/24',
      Priority: '3',
    });

    await expectRejected(
      engine,
      groupId,
      modify(cidrId, { DestGroupId: db }),
      'InvalidOperation.ModifySgRuleEntityType',
    );
    await expectRejected(engine, groupId, modify(cidrId, { DestCidrIp: '' }), 'InvalidParam.InvalidModifyRuleRequest');
    await expectRejected(
      engine,
      groupId,
      modify(cidrId, { DestCidrIp: '100.64.0.0/99' }),
      'InvalidDestCidrIp.Malformed',
    );
    await expectRejected(engine, groupId, modify(groupRuleId, { DestGroupId: foreign }), 'InvalidDestGroupId.Mismatch');
    await expectRejected(engine, groupId, modify(groupRuleId, { DestGroupId: groupId }), 'InvalidSecurityGroup.IsSame');
    await expectRejected(
      engine,
      groupId,
      modify(groupRuleId, { PortRange: '443/443', DestGroupId: 'sg-nope' }),
      'InvalidDestGroupId.NotFound',
    );
  });

  it('does not find inbound rules', async () => {
    const { engine, groupId } = await ruleWorld();
    const res = await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'ALL',
      SourceCidrIp: '0.0.0.0/0',
    });
    await expectRejected(
      engine,
      groupId,
      () =>
        engine.call('ModifySecurityGroupEgressRule', {
          RegionId: REGION,
          SecurityGroupId: groupId,
          SecurityGroupRuleId: res.SecurityGroupRuleIds.SecurityGroupRuleId[0] ?? '',
          Priority: 2,
        }),
      'InvalidSecurityGroupRuleId.NotFound',
    );
  });
});
