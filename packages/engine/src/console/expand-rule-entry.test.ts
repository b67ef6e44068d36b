import { describe, expect, it } from 'vitest';
import { expectCode } from '../test/expect-code.ts';
import { emptyWorldWithVpc } from '../test/fixtures.ts';
import { authorizationTypeOf, expandRuleEntry, type RuleEntry } from './expand-rule-entry.ts';

function entry(fields: Partial<RuleEntry> = {}): RuleEntry {
  return {
    Direction: 'ingress',
    Policy: 'Accept',
    Priority: '1',
    IpProtocol: 'TCP',
    PortRanges: '22/22',
    AuthorizationObjects: '10.0.0.0/8',
    Description: '',
    ...fields,
  };
}

function expanded(fields: Partial<RuleEntry>) {
  const result = expandRuleEntry(entry(fields));
  if (!result.ok) throw new Error(`${result.problem.Code} @${result.field}`);
  return result.permissions;
}

function failure(fields: Partial<RuleEntry>): string {
  const result = expandRuleEntry(entry(fields));
  return result.ok ? 'ok' : `${result.problem.Code} @${result.field}`;
}

describe('expandRuleEntry', () => {
  it('makes one permission per port range and authorisation object, in canonical form', () => {
    const permissions = expanded({
      IpProtocol: 'tcp',
      PortRanges: ' 22/23, 443/443 ,',
      AuthorizationObjects: '10.0.0.0/8, 2001:DB8::/32, sg-web, pl-office',
      Description: 'admin',
    });
    expect(permissions).toHaveLength(8);
    expect(permissions[0]).toEqual({
      IpProtocol: 'TCP',
      PortRange: '22/23',
      Policy: 'accept',
      Priority: '1',
      SourceCidrIp: '10.0.0.0/8',
      Description: 'admin',
    });
    expect(permissions.slice(1, 4)).toEqual([
      expect.objectContaining({ PortRange: '22/23', Ipv6SourceCidrIp: '2001:db8::/32' }),
      expect.objectContaining({ PortRange: '22/23', SourceGroupId: 'sg-web' }),
      expect.objectContaining({ PortRange: '22/23', SourcePrefixListId: 'pl-office' }),
    ]);
    expect(permissions[4]).toMatchObject({ PortRange: '443/443', SourceCidrIp: '10.0.0.0/8' });
  });

  it('puts egress objects in the Dest* fields', () => {
    const permissions = expanded({
      Direction: 'egress',
      AuthorizationObjects: '0.0.0.0/0,::/0,sg-db,pl-x',
      PortRanges: '443/443',
    });
    expect(permissions.map((p) => Object.keys(p).find((k) => k.startsWith('Dest') || k.startsWith('Ipv6')))).toEqual([
      'DestCidrIp',
      'Ipv6DestCidrIp',
      'DestGroupId',
      'DestPrefixListId',
    ]);
  });

  it('reads an empty port range as -1/-1 for protocols without ports', () => {
    for (const IpProtocol of ['ICMP', 'GRE', 'ALL']) {
      expect(expanded({ IpProtocol, PortRanges: '' })[0]?.PortRange).toBe('-1/-1');
    }
    expect(expanded({ IpProtocol: 'ICMPv6', PortRanges: '', AuthorizationObjects: '::/0' })[0]?.PortRange).toBe(
      '-1/-1',
    );
  });

  it('drops blank and repeated entries, and objects that name the same addresses', () => {
    const permissions = expanded({
      PortRanges: '22/22,22/22',
      AuthorizationObjects: '10.0.0.1, ,10.0.0.1,10.0.0.1/32',
    });
    expect(permissions).toHaveLength(1);
  });

  it('accepts ten objects and refuses eleven', () => {
    const objects = (n: number) => Array.from({ length: n }, (_, i) => `10.0.${i}.0/24`).join(',');
    expect(expanded({ AuthorizationObjects: objects(10) })).toHaveLength(10);
    const result = expandRuleEntry(entry({ AuthorizationObjects: objects(11) }));
    expect(result).toEqual({
      ok: false,
      problem: {
        Code: 'InvalidParameter',
        Message: 'Up to 10 authorization objects can be specified in one entry.',
        HttpStatus: 400,
      },
      field: 'AuthorizationObjects',
    });
  });

  const cases: [string, Partial<RuleEntry>, string][] = [
    ['a reversed port range', { PortRanges: '22/22,200/1' }, 'InvalidParam.PortRange @PortRanges'],
    ['a bare port', { PortRanges: '22' }, 'InvalidParam.PortRange @PortRanges'],
    ['no port range for TCP', { PortRanges: ' , ' }, 'InvalidPortRange.Malformed @PortRanges'],
    ['a port range on ICMP', { IpProtocol: 'ICMP', PortRanges: '22/22' }, 'OperationDenied @PortRanges'],
    ['priority 0', { Priority: '0' }, 'InvalidPriority.Malformed @Priority'],
    ['priority 101', { Priority: '101' }, 'InvalidPriority.Malformed @Priority'],
    ['an unknown protocol', { IpProtocol: 'SCTP' }, 'InvalidIpProtocol.ValueNotSupported @IpProtocol'],
    ['no protocol', { IpProtocol: '' }, 'MissingParameter.IpProtocol @IpProtocol'],
    ['a bad policy', { Policy: 'allow' }, 'InvalidPolicy.Malformed @Policy'],
    ['a long description', { Description: 'x'.repeat(513) }, 'InvalidSecurityGroupDiscription.Malformed @Description'],
    [
      'a malformed inbound object',
      { AuthorizationObjects: '10.0.0.0/8,example.com' },
      'InvalidSourceCidrIp.Malformed @AuthorizationObjects',
    ],
    [
      'a malformed outbound object',
      { Direction: 'egress', AuthorizationObjects: '300.1.1.1' },
      'InvalidDestCidrIp.Malformed @AuthorizationObjects',
    ],
    ['no object', { AuthorizationObjects: ' ' }, 'MissingParameter.Source @AuthorizationObjects'],
    [
      'no outbound object',
      { Direction: 'egress', AuthorizationObjects: '' },
      'MissingParameter.Dest @AuthorizationObjects',
    ],
    [
      'ICMP to an IPv6 object',
      { IpProtocol: 'ICMP', PortRanges: '', AuthorizationObjects: '::/0' },
      'InvalidParam.Ipv4ProtocolConflictWithIpv6Address @IpProtocol',
    ], // The Authorization Type decides the field: an object of another kind gets that field's code.
    [
      'an IPv6 CIDR under IPv4',
      { AuthorizationType: 'ipv4', AuthorizationObjects: '::/0' },
      'InvalidSourceCidrIp.Malformed @AuthorizationObjects',
    ],
    [
      'an IPv4 CIDR under IPv6',
      { AuthorizationType: 'ipv6', AuthorizationObjects: '10.0.0.0/8' },
      'InvalidParam.Ipv6SourceCidrIp @AuthorizationObjects',
    ],
    [
      'an outbound IPv6 CIDR under IPv4',
      { Direction: 'egress', AuthorizationType: 'ipv4', AuthorizationObjects: '10.0.0.0/8,2001:db8::/32' },
      'InvalidDestCidrIp.Malformed @AuthorizationObjects',
    ],
    [
      'a group ID under IPv4',
      { AuthorizationType: 'ipv4', AuthorizationObjects: 'sg-web' },
      'InvalidSourceCidrIp.Malformed @AuthorizationObjects',
    ],
    [
      'no security group picked',
      { AuthorizationType: 'group', AuthorizationObjects: '' },
      'MissingParameter.Source @AuthorizationObjects',
    ],
  ];
  it.each(cases)('reports %s with the engine code on the entry field', (_name, fields, expected) => {
    expect(failure(fields)).toBe(expected);
  });

  it('puts every object in the field of the chosen Authorization Type', () => {
    expect(expanded({ AuthorizationType: 'ipv4', AuthorizationObjects: '10.0.0.0/8' })[0]).toHaveProperty(
      'SourceCidrIp',
      '10.0.0.0/8',
    );
    expect(expanded({ AuthorizationType: 'ipv6', AuthorizationObjects: '2001:DB8::/32' })[0]).toHaveProperty(
      'Ipv6SourceCidrIp',
      '2001:db8::/32',
    );
    expect(expanded({ AuthorizationType: 'group', AuthorizationObjects: 'sg-a,sg-b' })).toEqual([
      expect.objectContaining({ SourceGroupId: 'sg-a' }),
      expect.objectContaining({ SourceGroupId: 'sg-b' }),
    ]);
    expect(
      expanded({ Direction: 'egress', AuthorizationType: 'prefixList', AuthorizationObjects: 'pl-x' })[0],
    ).toHaveProperty('DestPrefixListId', 'pl-x');
  });

  it('reads the kind of an object by its form', () => {
    expect(
      ['10.0.0.0/8', ' 10.0.0.1 ', '::/0', '2001:DB8::1', 'sg-web', 'SG-web', 'pl-x', 'example.com', ''].map(
        authorizationTypeOf,
      ),
    ).toEqual(['ipv4', 'ipv4', 'ipv6', 'ipv6', 'group', 'group', 'prefixList', 'ipv4', 'ipv4']);
  });

  it('gives permissions that AuthorizeSecurityGroup takes as they are', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId });
    const permissions = expanded({ PortRanges: '22/22,3389/3389', AuthorizationObjects: '10.0.0.0/8,192.168.0.1' });
    const res = await engine.call('AuthorizeSecurityGroup', {
      RegionId: 'cn-hangzhou',
      SecurityGroupId,
      Permissions: permissions,
    });
    expect(res.SecurityGroupRuleIds.SecurityGroupRuleId).toHaveLength(4);
    // What needs the world stays with the action: the group an object names must exist.
    const withGroup = expanded({ AuthorizationObjects: 'sg-missing' });
    await expectCode(
      engine.call('AuthorizeSecurityGroup', { RegionId: 'cn-hangzhou', SecurityGroupId, Permissions: withGroup }),
      'InvalidSourceGroupId.NotFound',
    );
  });
});
