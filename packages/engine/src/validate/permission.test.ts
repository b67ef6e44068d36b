import { describe, expect, it } from 'vitest';
import { ruleEntityType, type RuleDraft } from '../model/rule-draft.ts';
import { ruleIdentity } from './rule-identity.ts';
import { normalisePermission, type PermissionCheck } from './permission.ts';

function rule(check: PermissionCheck): RuleDraft {
  if (!check.ok) throw new Error(`${check.problem.Code} on ${check.field}`);
  return check.rule;
}

function codeOf(check: PermissionCheck): string {
  return check.ok ? 'ok' : `${check.problem.Code} @${check.field}`;
}

describe('normalisePermission', () => {
  it('normalises an ingress permission into a stored rule with defaults', () => {
    expect(rule(normalisePermission('ingress', { IpProtocol: 'icmp', SourceCidrIp: '10.0.0.0/8' }))).toEqual({
      Direction: 'ingress',
      IpProtocol: 'ICMP',
      PortRange: '-1/-1',
      PortRangeListId: '',
      SourcePortRange: '',
      Policy: 'accept',
      Priority: 1,
      SourceCidrIp: '10.0.0.0/8',
      Ipv6SourceCidrIp: '',
      SourceGroupId: '',
      SourcePrefixListId: '',
      DestCidrIp: '',
      Ipv6DestCidrIp: '',
      DestGroupId: '',
      DestPrefixListId: '',
      NicType: 'intranet',
      Description: '',
    });
  });

  it('puts the peer in Dest* for egress and the local address in Source*', () => {
    const r = rule(
      normalisePermission('egress', {
        IpProtocol: 'TCP',
        PortRange: '443/443',
        DestCidrIp: '0.0.0.0/0',
        SourceCidrIp: '172.16.1.5',
      }),
    );
    expect([r.DestCidrIp, r.SourceCidrIp]).toEqual(['0.0.0.0/0', '172.16.1.5']);
  });

  it('keeps IPv4 text as given and compresses IPv6', () => {
    expect(
      rule(normalisePermission('ingress', { IpProtocol: 'ALL', SourceCidrIp: '10.159.6.18/12' })).SourceCidrIp,
    ).toBe('10.159.6.18/12');
    const v6 = rule(
      normalisePermission('ingress', {
        IpProtocol: 'ALL',
        Ipv6SourceCidrIp: '2001:0DB8:0000:0000:0000:0000:0000:0001/64',
      }),
    );
    expect(v6.Ipv6SourceCidrIp).toBe('2001:db8::1/64');
  });

  it('lets a CIDR beat a group ID and any other peer beat a prefix list', () => {
    const cidr = rule(
      normalisePermission('ingress', {
        IpProtocol: 'ALL',
        SourceCidrIp: '1.1.1.1',
        SourceGroupId: 'sg-x',
        SourcePrefixListId: 'pl-x',
      }),
    );
    expect([cidr.SourceCidrIp, cidr.SourceGroupId, cidr.SourcePrefixListId]).toEqual(['1.1.1.1', '', '']);
    const group = rule(
      normalisePermission('ingress', { IpProtocol: 'ALL', SourceGroupId: 'sg-x', SourcePrefixListId: 'pl-x' }),
    );
    expect([group.SourceGroupId, group.SourcePrefixListId]).toEqual(['sg-x', '']);
    expect(ruleEntityType(group)).toBe('group');
    const list = rule(normalisePermission('egress', { IpProtocol: 'ALL', DestPrefixListId: 'pl-x' }));
    expect(ruleEntityType(list)).toBe('prefixList');
  });

  it('ignores PortRangeListId when PortRange is given', () => {
    const r = rule(
      normalisePermission('ingress', {
        IpProtocol: 'TCP',
        PortRange: '22/22',
        PortRangeListId: 'prl-x',
        SourceCidrIp: '1.1.1.1',
      }),
    );
    expect([r.PortRange, r.PortRangeListId]).toEqual(['22/22', '']);
  });

  it('names the field of each problem, direction-aware', () => {
    const base = { IpProtocol: 'TCP', PortRange: '22/22' };
    expect(codeOf(normalisePermission('ingress', { ...base, SourceCidrIp: '10.0.0.0/33' }))).toBe(
      'InvalidSourceCidrIp.Malformed @SourceCidrIp',
    );
    expect(codeOf(normalisePermission('egress', { ...base, DestCidrIp: '::/0' }))).toBe(
      'InvalidDestCidrIp.Malformed @DestCidrIp',
    );
    expect(codeOf(normalisePermission('egress', { ...base, Ipv6DestCidrIp: '10.0.0.0/8' }))).toBe(
      'InvalidParam.Ipv6DestCidrIp @Ipv6DestCidrIp',
    );
    expect(codeOf(normalisePermission('egress', { ...base }))).toBe('MissingParameter.Dest @DestCidrIp');
    expect(codeOf(normalisePermission('ingress', { ...base, PortRange: '200/1', SourceCidrIp: '1.1.1.1' }))).toBe(
      'InvalidParam.PortRange @PortRange',
    );
    expect(codeOf(normalisePermission('ingress', { ...base, Priority: 'abc', SourceCidrIp: '1.1.1.1' }))).toBe(
      'InvalidPriority.Malformed @Priority',
    );
    expect(codeOf(normalisePermission('ingress', { ...base, SourceCidrIp: 5 }))).toBe('InvalidParameter @SourceCidrIp');
    expect(codeOf(normalisePermission('ingress', null))).toBe('MissingParameter.IpProtocol @IpProtocol');
  });

  it('quotes the permission label in the missing-source message', () => {
    const check = normalisePermission('ingress', { IpProtocol: 'ALL' }, 'Permissions.3');
    expect(check.ok ? '' : check.problem.Message).toContain('in Permissions.3 must be specified');
  });
});

describe('ruleIdentity', () => {
  const identity = (input: object, direction: 'ingress' | 'egress' = 'ingress') =>
    ruleIdentity(rule(normalisePermission(direction, input)));
  const base = { IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.1' };

  it('ignores the description, case and CIDR spelling', () => {
    expect(identity({ ...base, Description: 'ssh' })).toBe(
      identity({ ...base, IpProtocol: 'TCP', Policy: 'ACCEPT', SourceCidrIp: '10.0.0.1/32' }),
    );
    expect(identity({ ...base, SourceCidrIp: '10.159.6.18/12' })).toBe(
      identity({ ...base, SourceCidrIp: '10.144.0.0/12' }),
    );
  });

  it('separates direction, priority, policy, ports and local address', () => {
    const key = identity(base);
    expect(identity({ IpProtocol: 'tcp', PortRange: '22/22', DestCidrIp: '10.0.0.1' }, 'egress')).not.toBe(key);
    expect(identity({ ...base, Priority: 2 })).not.toBe(key);
    expect(identity({ ...base, Policy: 'drop' })).not.toBe(key);
    expect(identity({ ...base, PortRange: '22/23' })).not.toBe(key);
    expect(identity({ ...base, SourcePortRange: '1/2' })).not.toBe(key);
    expect(identity({ ...base, DestCidrIp: '172.16.1.1' })).not.toBe(key);
  });
});
