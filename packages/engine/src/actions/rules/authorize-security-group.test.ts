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

const SSH = { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '0.0.0.0/0' };

describe('AuthorizeSecurityGroup', () => {
  it('adds inbound rules in canonical form and returns their IDs', async () => {
    const { engine, groupId } = await ruleWorld();
    const res = await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [
        {
          IpProtocol: 'tcp',
          PortRange: '22/22',
          SourceCidrIp: '10.0.0.0/8',
          Policy: 'Drop',
          Priority: '5',
          Description: 'ssh',
        },
        { IpProtocol: 'icmp', SourceCidrIp: '192.168.0.100' },
        { IpProtocol: 'icmpv6', Ipv6SourceCidrIp: '2001:0DB8::/32', NicType: 'internet' },
      ],
    });
    expect(res.SecurityGroupRuleIds.SecurityGroupRuleId).toHaveLength(3);
    expect(res.SecurityGroupRuleIds.SecurityGroupRuleId[0]).toMatch(/^sgr-bp1[a-z0-9]{17}$/);
    const rules = await rulesOf(engine, groupId);
    expect(rules.map((r) => r.SecurityGroupRuleId)).toEqual(res.SecurityGroupRuleIds.SecurityGroupRuleId);
    expect(rules[0]).toMatchObject({
      Direction: 'ingress',
      IpProtocol: 'TCP',
      PortRange: '22/22',
      SourceCidrIp: '10.0.0.0/8',
      Policy: 'Drop',
      Priority: '5',
      Description: 'ssh',
      NicType: 'intranet',
    });
    expect(rules[0]?.CreateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(rules[1]).toMatchObject({
      IpProtocol: 'ICMP',
      PortRange: '-1/-1',
      SourceCidrIp: '192.168.0.100',
      Policy: 'Accept',
      Priority: '1',
    });
    expect(rules[2]).toMatchObject({
      IpProtocol: 'ICMPv6',
      Ipv6SourceCidrIp: '2001:db8::/32',
      SourceCidrIp: '',
      NicType: 'intranet',
    });
  });

  it('accepts the deprecated flat form, a numeric priority and a quintuple rule', async () => {
    const { engine, groupId } = await ruleWorld();
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      ...SSH,
      SourcePortRange: '1024/65535',
      DestCidrIp: '172.16.1.10',
      Priority: 100,
    });
    expect(await rulesOf(engine, groupId)).toMatchObject([
      { SourcePortRange: '1024/65535', DestCidrIp: '172.16.1.10', Priority: '100' },
    ]);
  });

  it('is idempotent: an identical rule adds nothing and succeeds', async () => {
    const { engine, groupId } = await ruleWorld();
    const call = (permission: object) =>
      engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, Permissions: [permission] });
    const first = await call({ ...SSH, SourceCidrIp: '1.2.3.4', Description: 'a' });
    const again = await call({
      ...SSH,
      IpProtocol: 'tcp',
      SourceCidrIp: '1.2.3.4/32',
      Policy: 'ACCEPT',
      Description: 'b',
    });
    expect(again.SecurityGroupRuleIds.SecurityGroupRuleId).toEqual([]);
    await call({ ...SSH, SourceCidrIp: '1.2.3.4', Priority: 2 });
    const rules = await rulesOf(engine, groupId);
    expect(
      rules.map((r) => [
        r.SecurityGroupRuleId === first.SecurityGroupRuleIds.SecurityGroupRuleId[0],
        r.Priority,
        r.Description,
      ]),
    ).toEqual([
      [true, '1', 'a'],
      [false, '2', ''],
    ]);
  });

  it('applies the precedence of peers: CIDR over group, anything over prefix list; PortRange over port list', async () => {
    const { engine, vpcId, groupId } = await ruleWorld();
    const other = await newGroup(engine, vpcId);
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [
        { ...SSH, SourceGroupId: other, SourcePrefixListId: 'pl-none', PortRangeListId: 'prl-none' },
        { IpProtocol: 'ALL', SourceGroupId: other, SourcePrefixListId: 'pl-none' },
      ],
    });
    const rules = await rulesOf(engine, groupId);
    expect(rules.map((r) => [r.SourceCidrIp, r.SourceGroupId, r.SourcePrefixListId, r.PortRangeListId])).toEqual([
      ['0.0.0.0/0', '', '', ''],
      ['', other, '', ''],
    ]);
  });

  it('rejects bad fields with their codes and stores nothing', async () => {
    const { engine, groupId } = await ruleWorld();
    const one = (permission: object) => () =>
      engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, Permissions: [permission] });
    const cases: [object, string, string?][] = [
      [{ ...SSH, IpProtocol: '' }, 'MissingParameter.IpProtocol', 'IpProtocol'],
      [{ ...SSH, IpProtocol: 'SCTP' }, 'InvalidIpProtocol.ValueNotSupported', 'IpProtocol'],
      [{ ...SSH, PortRange: '200/1' }, 'InvalidParam.PortRange', 'PortRange'],
      [{ ...SSH, PortRange: '22' }, 'InvalidParam.PortRange'],
      [{ ...SSH, PortRange: '0/22' }, 'InvalidParam.PortRange'],
      [{ ...SSH, PortRange: '1/65536' }, 'InvalidParam.PortRange'],
      [{ ...SSH, PortRange: undefined }, 'InvalidPortRange.Malformed', 'PortRange'],
      [{ ...SSH, PortRange: '-1/-1' }, 'OperationDenied', 'PortRange'],
      [{ ...SSH, IpProtocol: 'ICMP' }, 'OperationDenied'],
      [{ ...SSH, SourcePortRange: '9/1' }, 'InvalidSourcePortRange.Malformed', 'SourcePortRange'],
      [{ ...SSH, Priority: 0 }, 'InvalidPriority.Malformed', 'Priority'],
      [{ ...SSH, Priority: '101' }, 'InvalidPriority.Malformed'],
      [{ ...SSH, Priority: 'abc' }, 'InvalidPriority.Malformed'],
      [{ ...SSH, Policy: 'allow' }, 'InvalidPolicy.Malformed', 'Policy'],
      [{ ...SSH, NicType: 'wan' }, 'InvalidNicType.ValueNotSupported', 'NicType'],
      [{ ...SSH, DestGroupId: 'sg-x' }, 'InvalidSourceOrDestGroupId.DirectionMissmatch', 'DestGroupId'],
      [{ ...SSH, Ipv6SourceCidrIp: '::/0' }, 'InvalidParam.SourceIp', 'SourceCidrIp'],
      [{ ...SSH, SourceCidrIp: '' }, 'MissingParameter.Source', 'SourceCidrIp'],
      [{ ...SSH, SourceCidrIp: '10.0.0.0/33' }, 'InvalidSourceCidrIp.Malformed', 'SourceCidrIp'],
      [{ ...SSH, SourceCidrIp: '1.2.3' }, 'InvalidSourceCidrIp.Malformed'],
      [{ ...SSH, SourceCidrIp: '2001:db8::/32' }, 'InvalidSourceCidrIp.Malformed'],
      [
        { ...SSH, SourceCidrIp: undefined, Ipv6SourceCidrIp: '10.0.0.0/8' },
        'InvalidParam.Ipv6SourceCidrIp',
        'Ipv6SourceCidrIp',
      ],
      [{ ...SSH, DestCidrIp: '172.16.1.300' }, 'InvalidDestCidrIp.Malformed', 'DestCidrIp'],
      [
        { ...SSH, SourceCidrIp: undefined, Ipv6SourceCidrIp: '::/0', Ipv6DestCidrIp: '1.1.1.1' },
        'InvalidParam.Ipv6DestCidrIp',
        'Ipv6DestCidrIp',
      ],
      [{ ...SSH, DestCidrIp: '172.16.1.1', Ipv6DestCidrIp: '::1' }, 'InvalidParam.DestIp', 'DestCidrIp'],
      [{ ...SSH, Ipv6DestCidrIp: '::1' }, 'InvalidParameter.Conflict', 'Ipv6DestCidrIp'],
      [
        { ...SSH, SourceCidrIp: '172.16.1.0/24', DestCidrIp: '172.16.1.0/24' },
        'InvalidParamter.Conflict',
        'DestCidrIp',
      ],
      [
        { IpProtocol: 'ICMP', Ipv6SourceCidrIp: '::/0' },
        'InvalidParam.Ipv4ProtocolConflictWithIpv6Address',
        'IpProtocol',
      ],
      [
        { IpProtocol: 'ICMPv6', SourceCidrIp: '0.0.0.0/0' },
        'InvalidParam.Ipv6ProtocolConflictWithIpv4Address',
        'IpProtocol',
      ],
      [{ ...SSH, Description: 'x'.repeat(513) }, 'InvalidSecurityGroupDiscription.Malformed', 'Description'],
      [{ ...SSH, Description: 5 }, 'InvalidParameter', 'Description'],
      [
        { IpProtocol: 'ICMP', PortRangeListId: 'prl-x', SourceCidrIp: '0.0.0.0/0' },
        'InvalidParam.ProtocolNotSupportPortRangeList',
        'PortRangeListId',
      ],
      [
        { IpProtocol: 'TCP', PortRangeListId: 'prl-x', SourceCidrIp: '0.0.0.0/0' },
        'InvalidPortRangeListId.NotFound',
        'PortRangeListId',
      ],
      [{ IpProtocol: 'ALL', SourcePrefixListId: 'pl-x' }, 'InvalidPrefixListId.NotFound', 'SourcePrefixListId'],
    ];
    for (const [permission, code, field] of cases) {
      const error = await expectRejected(engine, groupId, one(permission), code);
      if (field) expect(error.Field, code).toBe(field);
    }
    expect(await rulesOf(engine, groupId)).toEqual([]);
  });

  it('fails the whole call when one permission is bad, and names it in the message', async () => {
    const { engine, groupId } = await ruleWorld();
    const error = await expectRejected(
      engine,
      groupId,
      () =>
        engine.call('AuthorizeSecurityGroup', {
          RegionId: REGION,
          SecurityGroupId: groupId,
          Permissions: [SSH, { IpProtocol: 'ALL' }],
        }),
      'MissingParameter.Source',
    );
    expect(error.Message).toContain('Permissions.2');
  });

  it('checks the shape of the request: Permissions xor flat fields, 1 to 100, no duplicates', async () => {
    const { engine, groupId } = await ruleWorld();
    const base = { RegionId: REGION, SecurityGroupId: groupId };
    const call = (extra: object) => () => engine.call('AuthorizeSecurityGroup', { ...base, ...extra });
    await expectRejected(engine, groupId, call({ Permissions: [SSH], IpProtocol: 'TCP' }), 'InvalidParam.Permissions');
    const many = Array.from({ length: 101 }, (_, i) => ({ ...SSH, PortRange: `${i + 1}/${i + 1}` }));
    await expectRejected(engine, groupId, call({ Permissions: many }), 'InvalidParam.Permissions');
    await expectRejected(engine, groupId, call({}), 'MissingParameter');
    await expectRejected(engine, groupId, call({ Permissions: [] }), 'MissingParameter');
    await expectRejected(engine, groupId, call({ Permissions: SSH }), 'InvalidParameter');
    await expectRejected(engine, groupId, call({ Permissions: ['tcp'] }), 'InvalidParameter');
    await expectRejected(
      engine,
      groupId,
      call({ Permissions: [SSH, { ...SSH, IpProtocol: 'tcp', Description: 'same rule' }] }),
      'InvalidParam.DuplicatePermissions',
    );
    const res = await engine.call('AuthorizeSecurityGroup', { ...base, Permissions: many.slice(0, 100) });
    expect(res.SecurityGroupRuleIds.SecurityGroupRuleId).toHaveLength(100);
  });

  it('checks the group: region, ID and who manages it', async () => {
    const { engine, db, groupId } = await ruleWorldOnDatabase();
    const call = (extra: object) => () =>
      engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, ...SSH, ...extra });
    await expectRejected(engine, groupId, call({ RegionId: '' }), 'MissingParameter.RegionId');
    await expectRejected(engine, groupId, call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectRejected(engine, groupId, call({ SecurityGroupId: '' }), 'MissingParameter.SecurityGroupId');
    await expectRejected(
      engine,
      groupId,
      call({ SecurityGroupId: `sg-${'a'.repeat(100)}` }),
      'InvalidSecurityGroupId.Malformed',
    );
    await expectRejected(engine, groupId, call({ SecurityGroupId: 'sg-nope' }), 'InvalidSecurityGroupId.NotFound');
    await expectRejected(engine, groupId, call({ RegionId: 'cn-beijing' }), 'InvalidSecurityGroupId.NotFound');
    await markManaged(engine, db, groupId);
    const error = await expectRejected(engine, groupId, call({}), 'InvalidOperation.ResourceManagedByCloudProduct');
    expect(error.HttpStatus).toBe(403);
  });
});

describe('AuthorizeSecurityGroup with group references', () => {
  it('authorises another group of the same VPC and shows its name', async () => {
    const { engine, vpcId, groupId } = await ruleWorld();
    const { SecurityGroupId: web } = await engine.call('CreateSecurityGroup', {
      RegionId: REGION,
      VpcId: vpcId,
      SecurityGroupName: 'web',
    });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'TCP',
      PortRange: '3306/3306',
      SourceGroupId: web,
    });
    expect(await rulesOf(engine, groupId)).toMatchObject([
      { SourceGroupId: web, SourceGroupName: 'web', SourceCidrIp: '' },
    ]);
  });

  it('refuses self, missing, foreign-VPC and enterprise references', async () => {
    const { engine, vpcId, groupId } = await ruleWorld();
    const { VpcId: otherVpc } = await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/8' });
    const foreign = await newGroup(engine, otherVpc);
    const enterprise = await newGroup(engine, vpcId, 'enterprise');
    const other = await newGroup(engine, vpcId);
    const ref = (holder: string, extra: object) => () =>
      engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: holder, IpProtocol: 'ALL', ...extra });
    const self = await expectRejected(
      engine,
      groupId,
      ref(groupId, { SourceGroupId: groupId }),
      'InvalidParamter.Conflict',
    );
    expect(self.HttpStatus).toBe(403);
    const missing = await expectRejected(
      engine,
      groupId,
      ref(groupId, { SourceGroupId: 'sg-nope' }),
      'InvalidSourceGroupId.NotFound',
    );
    expect([missing.HttpStatus, missing.Field]).toEqual([404, 'SourceGroupId']);
    await expectRejected(engine, groupId, ref(groupId, { SourceGroupId: foreign }), 'InvalidSourceGroupId.Mismatch');
    const nic = await expectRejected(
      engine,
      groupId,
      ref(groupId, { SourceGroupId: other, NicType: 'internet' }),
      'InvalidSourceGroupId.Mismatch',
    );
    expect(nic.HttpStatus).toBe(403);
    await expectRejected(
      engine,
      groupId,
      ref(groupId, { SourceGroupId: enterprise }),
      'InvalidGroupAuthParameter.OperationDenied',
    );
    await expectRejected(
      engine,
      enterprise,
      ref(enterprise, { SourceGroupId: other }),
      'InvalidGroupParameter.OperationDenied',
    );
    // An enterprise group may still hold CIDR rules, drop ones included.
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: enterprise,
      ...SSH,
      Policy: 'drop',
    });
    expect(await rulesOf(engine, enterprise)).toHaveLength(1);
  });

  it('allows 20 group-referencing rules per group, then AuthorizedGroupRule.LimitExceed', async () => {
    const { engine, vpcId, groupId } = await ruleWorld();
    const other = await newGroup(engine, vpcId);
    const byPort = (port: number) => ({ IpProtocol: 'TCP', PortRange: `${port}/${port}`, SourceGroupId: other });
    const limit = engine.profile.limits.groupRulesPerGroup;
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: Array.from({ length: limit }, (_, i) => byPort(i + 1)),
    });
    const call = (permission: object) => () =>
      engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: groupId, Permissions: [permission] });
    await expectRejected(engine, groupId, call(byPort(limit + 1)), 'AuthorizedGroupRule.LimitExceed');
    // CIDR rules do not count, and repeating an existing group rule adds nothing.
    await call(SSH)();
    await call(byPort(1))();
    expect(await rulesOf(engine, groupId)).toHaveLength(limit + 1);
  });
});

describe('AuthorizeSecurityGroup quotas', () => {
  it('caps the rules of a group, both directions counted, with AuthorizationLimitExceed', async () => {
    const { engine, groupId } = await ruleWorldOnDatabase({ rulesPerGroup: 3 });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [SSH, { ...SSH, PortRange: '80/80' }],
    });
    await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      IpProtocol: 'ALL',
      DestCidrIp: '0.0.0.0/0',
    });
    const error = await expectRejected(
      engine,
      groupId,
      () =>
        engine.call('AuthorizeSecurityGroup', {
          RegionId: REGION,
          SecurityGroupId: groupId,
          ...SSH,
          PortRange: '443/443',
        }),
      'AuthorizationLimitExceed',
    );
    expect(error.HttpStatus).toBe(403);
  });

  it('caps the rules across all groups of an attached network interface', async () => {
    const { engine, vpcId, vSwitchId, groupId } = await ruleWorldOnDatabase({ rulesPerInterface: 3 });
    const second = await newGroup(engine, vpcId);
    const lonely = await newGroup(engine, vpcId);
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: second,
      Permissions: [SSH, { ...SSH, PortRange: '80/80' }],
    });
    await engine.call('RunInstances', {
      RegionId: REGION,
      VSwitchId: vSwitchId,
      ImageId: 'ubuntu_22_04_x64_20G_alibase_20240101.vhd',
      SecurityGroupIds: [groupId, second],
    });
    const add = (holder: string, port: number) => () =>
      engine.call('AuthorizeSecurityGroup', {
        RegionId: REGION,
        SecurityGroupId: holder,
        ...SSH,
        PortRange: `${port}/${port}`,
      });
    await add(groupId, 1)();
    await expectRejected(engine, groupId, add(groupId, 2), 'AuthorizationLimitExceed');
    await expectRejected(engine, second, add(second, 2), 'AuthorizationLimitExceed');
    // A group on no interface is only bound by its own cap.
    for (const port of [1, 2, 3, 4]) await add(lonely, port)();
    expect(await rulesOf(engine, lonely)).toHaveLength(4);
  });
});
