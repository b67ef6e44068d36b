import { describe, expect, it } from 'vitest';
import type { Rule } from '../model/security-group.ts';
import { findCoveringRule, ruleCovers, toRuleDraft, type RuleLike } from './rule-coverage.ts';

/** An inbound TCP rule from 10.0.0.0/8 unless told otherwise, in the API (Permission) shape. */
function r(fields: Partial<RuleLike> = {}): RuleLike {
  return {
    Direction: 'ingress',
    IpProtocol: 'TCP',
    PortRange: '22/22',
    SourceCidrIp: '10.0.0.0/8',
    Policy: 'Accept',
    Priority: '1',
    ...fields,
  };
}

const egress = (fields: Partial<RuleLike> = {}) =>
  r({ Direction: 'egress', SourceCidrIp: '', DestCidrIp: '10.0.0.0/8', ...fields });

describe('ruleCovers', () => {
  const cases: [string, RuleLike, RuleLike, boolean][] = [
    ['the same rule', r(), r(), true],
    ['another direction', r(), egress(), false],
    ['ALL covers TCP', r({ IpProtocol: 'ALL', PortRange: '-1/-1' }), r(), true],
    [
      'ALL covers ICMPv6',
      r({ IpProtocol: 'all', PortRange: '-1/-1', SourceCidrIp: '', Ipv6SourceCidrIp: '::/0' }),
      r({ IpProtocol: 'ICMPv6', PortRange: '-1/-1', SourceCidrIp: '', Ipv6SourceCidrIp: '2001:db8::/32' }),
      true,
    ],
    ['TCP does not cover UDP', r(), r({ IpProtocol: 'UDP' }), false],
    ['TCP does not cover ALL', r({ PortRange: '1/65535' }), r({ IpProtocol: 'ALL', PortRange: '-1/-1' }), false],
    ['protocol case does not matter', r({ IpProtocol: 'tcp' }), r(), true],
    ['a wider port range', r({ PortRange: '1/1024' }), r({ PortRange: '22/80' }), true],
    ['a port range that only overlaps', r({ PortRange: '1/50' }), r({ PortRange: '22/80' }), false],
    [
      'ICMP -1/-1 covers ICMP',
      r({ IpProtocol: 'ICMP', PortRange: '-1/-1' }),
      r({ IpProtocol: 'ICMP', PortRange: '-1/-1' }),
      true,
    ],
    [
      'the same port list',
      r({ PortRange: '', PortRangeListId: 'prl-1' }),
      r({ PortRange: '', PortRangeListId: 'prl-1' }),
      true,
    ],
    [
      'another port list',
      r({ PortRange: '', PortRangeListId: 'prl-1' }),
      r({ PortRange: '', PortRangeListId: 'prl-2' }),
      false,
    ],
    ['a port list does not cover a range', r({ PortRange: '', PortRangeListId: 'prl-1' }), r(), false],
    [
      'every port covers a port list',
      r({ PortRange: '1/65535' }),
      r({ PortRange: '', PortRangeListId: 'prl-1' }),
      true,
    ],
    ['a narrower CIDR', r(), r({ SourceCidrIp: '10.1.2.3' }), true],
    ['a wider CIDR', r({ SourceCidrIp: '10.1.0.0/16' }), r(), false],
    [
      'a non-canonical CIDR compares by its network',
      r({ SourceCidrIp: '10.159.6.18/8' }),
      r({ SourceCidrIp: '10.1.0.0/16' }),
      true,
    ],
    [
      'IPv4 does not cover IPv6',
      r({ SourceCidrIp: '0.0.0.0/0' }),
      r({ SourceCidrIp: '', Ipv6SourceCidrIp: '::/0' }),
      false,
    ],
    [
      'IPv6 containment',
      r({ SourceCidrIp: '', Ipv6SourceCidrIp: '2001:db8::/32' }),
      r({ SourceCidrIp: '', Ipv6SourceCidrIp: '2001:DB8:0:1::/64' }),
      true,
    ],
    [
      'the same group',
      r({ SourceCidrIp: '', SourceGroupId: 'sg-a' }),
      r({ SourceCidrIp: '', SourceGroupId: 'sg-a' }),
      true,
    ],
    [
      'another group',
      r({ SourceCidrIp: '', SourceGroupId: 'sg-a' }),
      r({ SourceCidrIp: '', SourceGroupId: 'sg-b' }),
      false,
    ],
    [
      'a CIDR does not cover a group',
      r({ SourceCidrIp: '0.0.0.0/0' }),
      r({ SourceCidrIp: '', SourceGroupId: 'sg-a' }),
      false,
    ],
    ['a group does not cover a CIDR', r({ SourceCidrIp: '', SourceGroupId: 'sg-a' }), r(), false],
    [
      'the same prefix list',
      r({ SourceCidrIp: '', SourcePrefixListId: 'pl-1' }),
      r({ SourceCidrIp: '', SourcePrefixListId: 'pl-1' }),
      true,
    ],
    [
      'another prefix list',
      r({ SourceCidrIp: '', SourcePrefixListId: 'pl-1' }),
      r({ SourceCidrIp: '', SourcePrefixListId: 'pl-2' }),
      false,
    ],
    ['egress peers are Dest*', egress({ DestCidrIp: '0.0.0.0/0' }), egress(), true],
    ['egress: a narrower peer does not cover', egress({ DestCidrIp: '10.0.0.0/16' }), egress(), false],
    ['no local address covers any', r(), r({ DestCidrIp: '172.16.1.5' }), true],
    ['a local address does not cover every one', r({ DestCidrIp: '172.16.1.0/24' }), r(), false],
    ['local containment on ingress', r({ DestCidrIp: '172.16.0.0/12' }), r({ DestCidrIp: '172.16.1.5' }), true],
    [
      'local containment on egress (Source*)',
      egress({ SourceCidrIp: '172.16.1.0/24' }),
      egress({ SourceCidrIp: '172.16.2.1' }),
      false,
    ],
    ['no source ports covers any', r(), r({ SourcePortRange: '1000/2000' }), true],
    ['source ports do not cover every one', r({ SourcePortRange: '1000/2000' }), r(), false],
    ['source port containment', r({ SourcePortRange: '1/5000' }), r({ SourcePortRange: '1000/2000' }), true],
    ['-1/-1 source ports mean none', r({ SourcePortRange: '-1/-1' }), r({ SourcePortRange: '1000/2000' }), true],
    ['policy and priority do not matter', r({ Policy: 'drop', Priority: '100' }), r(), true],
    ['an unknown protocol covers nothing else', r({ IpProtocol: 'SCTP' }), r(), false],
  ];
  it.each(cases)('%s', (_name, outer, inner, expected) => {
    expect(ruleCovers(outer, inner)).toBe(expected);
  });
});

describe('toRuleDraft', () => {
  it('reads the stored shape and the API shape alike', () => {
    const stored = toRuleDraft({ ...r(), Policy: 'accept', Priority: 1 } as RuleLike);
    expect(toRuleDraft(r())).toEqual(stored);
    expect(toRuleDraft(r({ Priority: '110', Policy: 'DROP' }))).toMatchObject({ Priority: 110, Policy: 'drop' });
    expect(toRuleDraft(r({ IpProtocol: 'GRE', PortRange: '' })).PortRange).toBe('-1/-1');
  });
});

describe('findCoveringRule', () => {
  const id = (SecurityGroupRuleId: string, fields: Partial<RuleLike>) => r({ SecurityGroupRuleId, ...fields });
  const cases: [string, RuleLike, RuleLike[], string | null, string | null][] = [
    ['nothing covers it', r(), [id('sgr-1', { PortRange: '80/80' })], null, null],
    [
      'a duplicate, whatever the spelling',
      r(),
      [id('sgr-1', { Policy: 'accept', Priority: 1, SourceCidrIp: '10.9.9.9/8' })],
      'duplicate',
      'sgr-1',
    ],
    [
      'covered by the same policy at a smaller number',
      r({ Priority: '5' }),
      [id('sgr-1', { PortRange: '1/65535', Priority: '1' })],
      'covered',
      'sgr-1',
    ],
    ['covered at an equal number', r(), [id('sgr-1', { SourceCidrIp: '0.0.0.0/0' })], 'covered', 'sgr-1'],
    [
      'not covered by a rule of a larger number',
      r(),
      [id('sgr-1', { SourceCidrIp: '0.0.0.0/0', Priority: '2' })],
      null,
      null,
    ],
    [
      'shadowed by a drop of a smaller number',
      r({ Priority: '10' }),
      [id('sgr-1', { SourceCidrIp: '0.0.0.0/0', Policy: 'Drop', Priority: '5' })],
      'shadowed',
      'sgr-1',
    ],
    [
      'shadowed by a drop of an equal number',
      r(),
      [id('sgr-1', { SourceCidrIp: '0.0.0.0/0', Policy: 'Drop' })],
      'shadowed',
      'sgr-1',
    ],
    [
      'an accept of an equal number does not shadow a drop',
      r({ Policy: 'Drop' }),
      [id('sgr-1', { SourceCidrIp: '0.0.0.0/0' })],
      null,
      null,
    ],
    [
      'an accept of a smaller number shadows a drop',
      r({ Policy: 'Drop', Priority: '2' }),
      [id('sgr-1', { SourceCidrIp: '0.0.0.0/0' })],
      'shadowed',
      'sgr-1',
    ],
    [
      'a drop of a larger number does not shadow',
      r(),
      [id('sgr-1', { SourceCidrIp: '0.0.0.0/0', Policy: 'Drop', Priority: '2' })],
      null,
      null,
    ],
    [
      'the rule that decides first is reported',
      r({ Priority: '50' }),
      [
        id('sgr-1', { SourceCidrIp: '0.0.0.0/0', Priority: '10' }),
        id('sgr-2', { SourceCidrIp: '0.0.0.0/0', Policy: 'Drop', Priority: '1' }),
      ],
      'shadowed',
      'sgr-2',
    ],
    [
      'a duplicate wins over a cover',
      r({ Priority: '50' }),
      [id('sgr-1', { SourceCidrIp: '0.0.0.0/0', Priority: '1' }), id('sgr-2', { Priority: '50' })],
      'duplicate',
      'sgr-2',
    ],
    ['the candidate itself is skipped', r({ SecurityGroupRuleId: 'sgr-1' }), [id('sgr-1', {})], null, null],
  ];
  it.each(cases)('%s', (_name, candidate, rules, relation, ruleId) => {
    const found = findCoveringRule(candidate, rules);
    expect(found?.relation ?? null).toBe(relation);
    expect(found?.rule.SecurityGroupRuleId ?? null).toBe(ruleId);
  });

  it('takes stored rules as they are', () => {
    const stored: Rule = {
      ...toRuleDraft(r({ SourceCidrIp: '0.0.0.0/0' })),
      SecurityGroupRuleId: 'sgr-9',
      CreateTime: '2024-01-01T00:00:00Z',
    };
    expect(findCoveringRule(r(), [stored])).toEqual({ rule: stored, relation: 'covered' });
  });
});
