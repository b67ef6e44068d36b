import { describe, expect, it } from 'vitest';
import { REGION, expectRejected, ruleWorld, rulesOf } from '../../test/rule-support.ts';

const SSH = { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.1' };
const WEB = { IpProtocol: 'TCP', PortRange: '80/80', SourceCidrIp: '0.0.0.0/0' };

async function worldWithRules() {
  const world = await ruleWorld();
  const { engine, groupId } = world;
  const ingress = await engine.call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId: groupId,
    Permissions: [SSH, WEB],
  });
  const egress = await engine.call('AuthorizeSecurityGroupEgress', {
    RegionId: REGION,
    SecurityGroupId: groupId,
    IpProtocol: 'ALL',
    DestCidrIp: '0.0.0.0/0',
  });
  const [sshId = '', webId = ''] = ingress.SecurityGroupRuleIds.SecurityGroupRuleId;
  const [egressId = ''] = egress.SecurityGroupRuleIds.SecurityGroupRuleId;
  return { ...world, sshId, webId, egressId };
}

describe('RevokeSecurityGroup', () => {
  it('removes inbound rules by ID', async () => {
    const { engine, groupId, sshId, webId, egressId } = await worldWithRules();
    await engine.call('RevokeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      SecurityGroupRuleId: [sshId],
    });
    expect((await rulesOf(engine, groupId)).map((r) => r.SecurityGroupRuleId)).toEqual([webId, egressId]);
  });

  it('fails without revoking anything when an ID is missing, of the other direction or repeated', async () => {
    const { engine, groupId, sshId, egressId } = await worldWithRules();
    const revoke = (ids: unknown) => () =>
      engine.call('RevokeSecurityGroup', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ids as string[],
      });
    const missing = await expectRejected(
      engine,
      groupId,
      revoke([sshId, 'sgr-nope']),
      'InvalidParam.SecurityGroupRuleId',
    );
    expect(missing.Message).toContain('sgr-nope');
    await expectRejected(engine, groupId, revoke([egressId]), 'InvalidParam.SecurityGroupRuleId');
    await expectRejected(engine, groupId, revoke([sshId, sshId]), 'InvalidParam.SecurityGroupRuleIdRepeated');
    await expectRejected(engine, groupId, revoke([]), 'InvalidParam.SecurityGroupRuleId');
    await expectRejected(
      engine,
      groupId,
      revoke(Array.from({ length: 101 }, (_, i) => `sgr-${i}`)),
      'InvalidParam.SecurityGroupRuleId',
    );
    await expectRejected(engine, groupId, revoke([7]), 'InvalidParameter');
  });

  it('refuses rule IDs together with permissions', async () => {
    const { engine, groupId, sshId } = await worldWithRules();
    const base = { RegionId: REGION, SecurityGroupId: groupId, SecurityGroupRuleId: [sshId] };
    await expectRejected(
      engine,
      groupId,
      () => engine.call('RevokeSecurityGroup', { ...base, Permissions: [SSH] }),
      'InvalidParam.Permissions',
    );
    await expectRejected(
      engine,
      groupId,
      () => engine.call('RevokeSecurityGroup', { ...base, ...SSH }),
      'InvalidParam.Permissions',
    );
    await expectRejected(
      engine,
      groupId,
      () => engine.call('RevokeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId }),
      'MissingParameter',
    );
  });

  it('removes rules matching permissions, in any spelling, and ignores permissions that match nothing', async () => {
    const { engine, groupId, webId, egressId } = await worldWithRules();
    await engine.call('RevokeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [
        { ...SSH, IpProtocol: 'tcp', SourceCidrIp: '10.0.0.1/32', Policy: 'Accept', Description: 'whatever' },
        { ...WEB, Priority: 2 },
        { IpProtocol: 'ALL', SourceCidrIp: '0.0.0.0/0' },
      ],
    });
    expect((await rulesOf(engine, groupId)).map((r) => r.SecurityGroupRuleId)).toEqual([webId, egressId]);
    await engine.call('RevokeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, ...WEB });
    expect((await rulesOf(engine, groupId)).map((r) => r.SecurityGroupRuleId)).toEqual([egressId]);
  });

  it('validates the permissions it matches, with Revoke’s port-range code', async () => {
    const { engine, groupId } = await worldWithRules();
    const revoke = (permission: object) => () =>
      engine.call('RevokeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, Permissions: [permission] });
    const error = await expectRejected(
      engine,
      groupId,
      revoke({ ...SSH, PortRange: '22' }),
      'InvalidIpPortRange.Malformed',
    );
    expect(error.Field).toBe('PortRange');
    await expectRejected(engine, groupId, revoke({ ...SSH, SourceCidrIp: 'nope' }), 'InvalidSourceCidrIp.Malformed');
  });
});
