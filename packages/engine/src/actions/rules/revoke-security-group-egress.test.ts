import { describe, expect, it } from 'vitest';
import { REGION, expectRejected, markManaged, ruleWorldOnDatabase, rulesOf } from '../../test/rule-support.ts';

const DNS = { IpProtocol: 'UDP', PortRange: '53/53', DestCidrIp: '100.100.2.136' };

describe('RevokeSecurityGroupEgress', () => {
  it('removes outbound rules by ID or by permission, leaving inbound rules alone', async () => {
    const { engine, groupId } = await ruleWorldOnDatabase();
    const egress = await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [DNS, { IpProtocol: 'ALL', DestCidrIp: '0.0.0.0/0' }],
    });
    const ingress = await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'ALL',
      SourceCidrIp: '0.0.0.0/0',
    });
    const [dnsId = '', allId = ''] = egress.SecurityGroupRuleIds.SecurityGroupRuleId;
    const [inId = ''] = ingress.SecurityGroupRuleIds.SecurityGroupRuleId;

    await engine.call('RevokeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      SecurityGroupRuleId: [dnsId],
    });
    expect((await rulesOf(engine, groupId)).map((r) => r.SecurityGroupRuleId)).toEqual([allId, inId]);
    // On egress, SourceCidrIp is the local address: a permission naming only it has no destination.
    await expectRejected(
      engine,
      groupId,
      () =>
        engine.call('RevokeSecurityGroupEgress', {
          RegionId: REGION,
          SecurityGroupId: groupId,
          Permissions: [{ IpProtocol: 'ALL', SourceCidrIp: '0.0.0.0/0' }],
        }),
      'MissingParameter.Dest',
    );
    await engine.call('RevokeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'all',
      DestCidrIp: '0.0.0.0/0',
    });
    expect((await rulesOf(engine, groupId)).map((r) => r.SecurityGroupRuleId)).toEqual([inId]);
  });

  it('fails with InvalidSecurityGroupRule.RuleNotExist for a missing or inbound rule ID', async () => {
    const { engine, db, groupId } = await ruleWorldOnDatabase();
    const ingress = await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'ALL',
      SourceCidrIp: '0.0.0.0/0',
    });
    const inId = ingress.SecurityGroupRuleIds.SecurityGroupRuleId[0] ?? '';
    const revoke = (ids: string[]) => () =>
      engine.call('RevokeSecurityGroupEgress', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ids,
      });
    await expectRejected(engine, groupId, revoke([inId]), 'InvalidSecurityGroupRule.RuleNotExist');
    await expectRejected(engine, groupId, revoke(['sgr-nope']), 'InvalidSecurityGroupRule.RuleNotExist');
    await markManaged(engine, db, groupId);
    await expectRejected(engine, groupId, revoke([inId]), 'InvalidOperation.ResourceManagedByCloudProduct');
  });
});
