import { describe, expect, it } from 'vitest';
import { findRedundantRules } from './redundant-rules.ts';
import type { RuleLike } from './rule-coverage.ts';

/** An inbound TCP 22 accept from 10.0.0.0/8 at priority 1 unless told otherwise; the ID names it in results. */
function r(id: string, fields: Partial<RuleLike> = {}): RuleLike {
  return {
    SecurityGroupRuleId: id,
    Direction: 'ingress',
    IpProtocol: 'TCP',
    PortRange: '22/22',
    SourceCidrIp: '10.0.0.0/8',
    Policy: 'Accept',
    Priority: '1',
    ...fields,
  };
}

const ids = (rules: RuleLike[]) =>
  findRedundantRules(rules).map(
    ({ rule, coveredBy }) => `${rule.SecurityGroupRuleId}<${coveredBy.SecurityGroupRuleId}`,
  );

describe('findRedundantRules', () => {
  const cases: [string, RuleLike[], string[]][] = [
    ['no rules', [], []],
    ['one rule', [r('a')], []],
    [
      'a narrower CIDR at the same priority',
      [r('wide'), r('narrow', { SourceCidrIp: '10.1.0.0/16' })],
      ['narrow<wide'],
    ],
    [
      'a narrower CIDR at a lower priority (bigger number)',
      [r('wide', { Priority: '1' }), r('narrow', { SourceCidrIp: '10.1.0.0/16', Priority: '50' })],
      ['narrow<wide'],
    ],
    [
      'a narrower rule with a higher priority is not redundant',
      [r('wide', { Priority: '50' }), r('narrow', { SourceCidrIp: '10.1.0.0/16', Priority: '1' })],
      [],
    ],
    ['a port inside a wider range', [r('range', { PortRange: '1/1024' }), r('ssh')], ['ssh<range']],
    ['ALL covers one protocol', [r('all', { IpProtocol: 'ALL', PortRange: '-1/-1' }), r('ssh')], ['ssh<all']],
    ['overlapping ranges are not covered', [r('a', { PortRange: '1/50' }), r('b', { PortRange: '22/80' })], []],
    ['another direction does not count', [r('in'), r('out', { Direction: 'egress', DestCidrIp: '10.0.0.0/8' })], []],
    [
      'an accept covered by a drop that wins',
      [r('drop', { Policy: 'Drop', SourceCidrIp: '0.0.0.0/0' }), r('accept')],
      ['accept<drop'],
    ],
    [
      'a drop beaten by a broader accept is left for the warnings (a likely mistake)',
      [r('accept', { SourceCidrIp: '0.0.0.0/0' }), r('drop', { Policy: 'Drop', Priority: '5' })],
      [],
    ],
    [
      'a drop that does not win (bigger number) does not make an accept redundant',
      [r('drop', { Policy: 'Drop', Priority: '10', SourceCidrIp: '0.0.0.0/0' }), r('accept', { Priority: '1' })],
      [],
    ],
    [
      'an accept at the same priority does not cover a drop (the drop wins)',
      [r('accept', { SourceCidrIp: '0.0.0.0/0' }), r('drop', { Policy: 'Drop' })],
      [],
    ],
    ['exact duplicates: only the later is reported', [r('first'), r('second')], ['second<first']],
    [
      'same conditions, the bigger number is redundant whatever the order',
      [r('late', { Priority: '9' }), r('early', { Priority: '2' })],
      ['late<early'],
    ],
    [
      'a chain reports both, each covered by the rule that stays',
      [
        r('mid', { SourceCidrIp: '10.1.0.0/16' }),
        r('narrow', { SourceCidrIp: '10.1.1.0/24' }),
        r('wide', { SourceCidrIp: '10.0.0.0/8' }),
      ],
      ['mid<wide', 'narrow<wide'],
    ],
    [
      'three duplicates: the first stays and covers the others',
      [r('one'), r('two'), r('three')],
      ['two<one', 'three<one'],
    ],
    [
      'a group reference is covered only by the same group',
      [
        r('g1', { SourceCidrIp: '', SourceGroupId: 'sg-1' }),
        r('g1-again', { SourceCidrIp: '', SourceGroupId: 'sg-1', Priority: '3' }),
        r('g2', { SourceCidrIp: '', SourceGroupId: 'sg-2' }),
        r('any', { SourceCidrIp: '0.0.0.0/0', Priority: '100' }),
      ],
      ['g1-again<g1'],
    ],
    [
      'system rules at 110 are covered by a user rule',
      [r('user', { SourceCidrIp: '0.0.0.0/0' }), r('system', { SourceCidrIp: '0.0.0.0/0', Priority: '110' })],
      ['system<user'],
    ],
    [
      'quintuple: a local CIDR narrows the rule',
      [r('any-local'), r('one-local', { DestCidrIp: '172.16.0.0/24' })],
      ['one-local<any-local'],
    ],
    [
      'quintuple: a rule with a local CIDR does not cover one without (whatever the order)',
      [r('one-local', { DestCidrIp: '172.16.0.0/24' }), r('any-local')],
      ['one-local<any-local'],
    ],
  ];

  it.each(cases)('%s', (_name, rules, expected) => {
    expect(ids(rules)).toEqual(expected);
  });

  it('prefers the covering rule that decides first and is not itself redundant', () => {
    const rules = [
      r('wide-late', { SourceCidrIp: '0.0.0.0/0', Priority: '5' }),
      r('drop-first', { SourceCidrIp: '0.0.0.0/0', Priority: '1', Policy: 'Drop' }),
      r('target', { Priority: '5' }),
    ];
    expect(ids(rules)).toEqual(['wide-late<drop-first', 'target<drop-first']);
  });

  it('never reports a rule as covered by a rule it covers itself', () => {
    const rules = [r('a'), r('b'), r('c', { SourceCidrIp: '10.0.0.0/9' }), r('d', { PortRange: '1/100' })];
    const found = findRedundantRules(rules);
    const reported = new Set(found.map((f) => f.rule));
    for (const { coveredBy } of found) expect(reported.has(coveredBy)).toBe(false);
  });
});
