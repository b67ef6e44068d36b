import { describe, expect, it } from 'vitest';
import {
  REGION,
  expectRejected,
  markManaged,
  newGroup,
  ruleWorld,
  ruleWorldOnDatabase,
  rulesOf,
} from '../../test/rule-support.ts';

const SSH = { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8', Description: 'ssh' };

async function worldWithRule() {
  const world = await ruleWorld();
  const { engine, groupId, vpcId } = world;
  const other = await newGroup(engine, vpcId);
  const res = await engine.call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId: groupId,
    Permissions: [SSH, { IpProtocol: 'TCP', PortRange: '3306/3306', SourceGroupId: other }],
  });
  const egress = await engine.call('AuthorizeSecurityGroupEgress', {
    RegionId: REGION,
    SecurityGroupId: groupId,
    IpProtocol: 'ALL',
    DestCidrIp: '0.0.0.0/0',
  });
  const [ruleId = '', groupRuleId = ''] = res.SecurityGroupRuleIds.SecurityGroupRuleId;
  const modify = (fields: object) => () =>
    engine.call('ModifySecurityGroupRule', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      SecurityGroupRuleId: ruleId,
      ...fields,
    });
  return {
    ...world,
    other,
    ruleId,
    groupRuleId,
    egressId: egress.SecurityGroupRuleIds.SecurityGroupRuleId[0] ?? '',
    modify,
  };
}

describe('ModifySecurityGroupRule', () => {
  it('changes the given fields in place and keeps the rest, the ID and the creation time', async () => {
    const { engine, groupId, ruleId, modify } = await worldWithRule();
    const [before] = await rulesOf(engine, groupId);
    await modify({
      PortRange: '2222/2222',
      SourceCidrIp: '192.168.0.0/16',
      Policy: 'DROP',
      Priority: 10,
      SourcePortRange: '1024/65535',
    })();
    const [after] = await rulesOf(engine, groupId);
    expect(after).toEqual({
      ...before,
      PortRange: '2222/2222',
      SourceCidrIp: '192.168.0.0/16',
      Policy: 'Drop',
      Priority: '10',
      SourcePortRange: '1024/65535',
    });
    expect(after?.SecurityGroupRuleId).toBe(ruleId);
    await modify({ Description: 'new words', NicType: 'intranet' })();
    expect((await rulesOf(engine, groupId))[0]).toMatchObject({ Description: 'new words', PortRange: '2222/2222' });
  });

  it('changes TCP to ICMP only together with PortRange -1/-1', async () => {
    const { engine, groupId, modify } = await worldWithRule();
    const error = await expectRejected(engine, groupId, modify({ IpProtocol: 'ICMP' }), 'OperationDenied');
    expect(error.Field).toBe('PortRange');
    await modify({ IpProtocol: 'icmp', PortRange: '-1/-1' })();
    expect((await rulesOf(engine, groupId))[0]).toMatchObject({ IpProtocol: 'ICMP', PortRange: '-1/-1' });
  });

  it('moves a group rule to another group of the VPC, and checks the new group', async () => {
    const { engine, groupId, vpcId, groupRuleId } = await worldWithRule();
    const modify = (fields: object) => () =>
      engine.call('ModifySecurityGroupRule', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: groupRuleId,
        ...fields,
      });
    const third = await newGroup(engine, vpcId);
    await modify({ SourceGroupId: third })();
    expect((await rulesOf(engine, groupId))[1]).toMatchObject({ SourceGroupId: third });
    await expectRejected(engine, groupId, modify({ SourceGroupId: 'sg-nope' }), 'InvalidSourceGroupId.NotFound');
    await expectRejected(engine, groupId, modify({ SourceGroupId: groupId }), 'InvalidParamter.Conflict');
  });

  it('refuses changes of kind: peer type, NicType, port kind, and clearing a field', async () => {
    const { engine, groupId, modify } = await worldWithRule();
    const cases: [object, string, string][] = [
      [{ SourceGroupId: 'sg-x' }, 'InvalidOperation.ModifySgRuleEntityType', 'SourceGroupId'],
      [{ Ipv6SourceCidrIp: '::/0' }, 'InvalidOperation.ModifySgRuleEntityType', 'Ipv6SourceCidrIp'],
      [
        { SourceCidrIp: '1.1.1.1', SourcePrefixListId: 'pl-x' },
        'InvalidOperation.ModifySgRuleEntityType',
        'SourcePrefixListId',
      ],
      [{ NicType: 'internet' }, 'InvalidOperation.ModifyNicType', 'NicType'],
      [{ PortRangeListId: 'prl-x' }, 'InvalidOperation.ModifyPortRangeType', 'PortRange'],
      [{ SourceCidrIp: '' }, 'InvalidParam.InvalidModifyRuleRequest', 'SourceCidrIp'],
      [{ Description: '' }, 'InvalidParam.InvalidModifyRuleRequest', 'Description'],
      [{ Priority: '' }, 'InvalidParam.InvalidModifyRuleRequest', 'Priority'],
    ];
    for (const [fields, code, field] of cases) {
      const error = await expectRejected(engine, groupId, modify(fields), code);
      expect(error.Field, code).toBe(field);
    }
    // Blank values for fields that are already empty change nothing.
    const before = await rulesOf(engine, groupId);
    await modify({ Ipv6SourceCidrIp: '', SourceGroupId: '', SourcePortRange: '' })();
    expect(await rulesOf(engine, groupId)).toEqual(before);
  });

  it('validates the new values like Authorize does', async () => {
    const { engine, groupId, modify } = await worldWithRule();
    const cases: [object, string][] = [
      [{ PortRange: '200/1' }, 'InvalidParam.PortRange'],
      [{ Priority: 101 }, 'InvalidPriority.Malformed'],
      [{ Priority: true }, 'InvalidPriority.Malformed'],
      [{ Policy: 'allow' }, 'InvalidPolicy.Malformed'],
      [{ IpProtocol: 'SCTP' }, 'InvalidIpProtocol.ValueNotSupported'],
      [{ SourceCidrIp: '10.0.0.0/40' }, 'InvalidSourceCidrIp.Malformed'],
      [{ DestGroupId: 'sg-x' }, 'InvalidSourceOrDestGroupId.DirectionMissmatch'],
      [{ NicType: 'wan' }, 'InvalidNicType.ValueNotSupported'],
      [{ Description: 9 }, 'InvalidParameter'],
    ];
    for (const [fields, code] of cases) await expectRejected(engine, groupId, modify(fields), code);
  });

  it('refuses a change that makes the rule a duplicate of another', async () => {
    const { engine, groupId, modify } = await worldWithRule();
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      ...SSH,
      PortRange: '23/23',
    });
    const error = await expectRejected(
      engine,
      groupId,
      modify({ PortRange: '23/23', Description: 'other words' }),
      'InvalidOperation.RuleDuplicate',
    );
    expect(error.Message).toContain('sgr-');
    // Matching itself is fine: a no-change modify succeeds.
    const before = await rulesOf(engine, groupId);
    await modify({ PortRange: '22/22' })();
    expect(await rulesOf(engine, groupId)).toEqual(before);
  });

  it('finds only inbound rules of the group by ID', async () => {
    const { engine, groupId, egressId, modify } = await worldWithRule();
    const byId = (id: string) => () =>
      engine.call('ModifySecurityGroupRule', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: id,
        Description: 'x',
      });
    const error = await expectRejected(engine, groupId, byId('sgr-nope'), 'InvalidSecurityGroupRuleId.NotFound');
    expect(error.HttpStatus).toBe(404);
    await expectRejected(engine, groupId, byId(egressId), 'InvalidSecurityGroupRuleId.NotFound');
    await expectRejected(engine, groupId, byId(''), 'MissingParameter.SecurityGroupRuleId');
    await expectRejected(engine, groupId, modify({ SecurityGroupId: 'sg-nope' }), 'InvalidSecurityGroupId.NotFound');
  });

  it('refuses to change the rules of a managed group', async () => {
    const { engine, db, groupId } = await ruleWorldOnDatabase();
    const res = await engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, ...SSH });
    await markManaged(engine, db, groupId);
    await expectRejected(
      engine,
      groupId,
      () =>
        engine.call('ModifySecurityGroupRule', {
          RegionId: REGION,
          SecurityGroupId: groupId,
          SecurityGroupRuleId: res.SecurityGroupRuleIds.SecurityGroupRuleId[0] ?? '',
          Description: 'x',
        }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
  });
});
