import { describe, expect, it } from 'vitest';
import type { Rule } from '../model/security-group.ts';
import { group, networkInterface, rule as r } from '../test/evaluation-fixtures.ts';
import { compileRule } from './compiled-rule.ts';
import { effectiveRules, type EffectiveEntry } from './effective-rules.ts';
import { createEvaluationIndex } from './evaluation-index.ts';

const ANY = '0.0.0.0/0';
const label = (e: EffectiveEntry) => (e.Kind === 'Rule' ? `${e.SecurityGroupId}:${e.Rule.Description}` : e.Name);

describe('effectiveRules', () => {
  it('pools all groups in evaluation order between the defaults, inbound then outbound', () => {
    const a = group('sg-a', [
      r('a-acc5', 'ingress', 'accept', 5, 'TCP', '22/22', ANY),
      r('a-drop5', 'ingress', 'drop', 5, 'TCP', '22/22', '10.0.0.0/8'),
      r('a-out', 'egress', 'drop', 2, 'ALL', '-1/-1', ANY),
      r('a-acc1', 'ingress', 'accept', 1, 'TCP', '80/80', ANY),
    ]);
    const b = group(
      'sg-b',
      [
        r('b-acc5', 'ingress', 'accept', 5, 'TCP', '443/443', ANY),
        r('b-drop1', 'ingress', 'drop', 1, 'ALL', '-1/-1', '192.0.2.0/24'),
      ],
      {
        policy: 'Drop',
      },
    );
    const eni = networkInterface('eni-1', '172.16.1.10', ['sg-a', 'sg-b']);
    const index = createEvaluationIndex({ groups: [a, b], interfaces: [eni] });
    expect(effectiveRules(index, eni).map(label)).toEqual([
      'InnerAccessAccept',
      // priority 1: drop before accept; then priority 5: drop, then accepts in group order.
      'sg-b:b-drop1',
      'sg-a:a-acc1',
      'sg-a:a-drop5',
      'sg-a:a-acc5',
      'sg-b:b-acc5',
      'InnerAccessDrop',
      'BasicDefaultIngressDeny',
      'PlatformTcp25Block',
      'InnerAccessAccept',
      'sg-a:a-out',
      'BasicDefaultEgressAllow',
    ]);
    const accept = effectiveRules(index, eni, 'ingress')[0]!;
    expect(accept).toMatchObject({ Kind: 'Default', Policy: 'accept', SecurityGroupIds: ['sg-a'] });
    expect(effectiveRules(index, eni, 'egress').map(label)).toEqual([
      'PlatformTcp25Block',
      'InnerAccessAccept',
      'sg-a:a-out',
      'BasicDefaultEgressAllow',
    ]);
  });

  it('gives an advanced interface no internal-policy entries and the deny default both ways', () => {
    const e = group('sg-e', [r('e-in', 'ingress', 'accept', 1, 'TCP', '22/22', ANY)], { type: 'enterprise' });
    const eni = networkInterface('eni-1', '172.16.1.10', ['sg-e']);
    const index = createEvaluationIndex({ groups: [e], interfaces: [eni] });
    expect(effectiveRules(index, eni).map(label)).toEqual([
      'sg-e:e-in',
      'AdvancedDefaultDeny',
      'PlatformTcp25Block',
      'AdvancedDefaultDeny',
    ]);
  });

  it('shows unsaved overrides in place of the stored rules, marked', () => {
    const a = group('sg-a', [r('stored', 'ingress', 'accept', 1, 'TCP', '22/22', ANY)]);
    const eni = networkInterface('eni-1', '172.16.1.10', ['sg-a']);
    const index = createEvaluationIndex({ groups: [a], interfaces: [eni] }, [
      {
        SecurityGroupId: 'sg-a',
        Rules: [
          { Direction: 'ingress', IpProtocol: 'TCP', PortRange: '80/80', SourceCidrIp: ANY, Description: 'draft' },
        ],
      },
    ]);
    const [, draft] = effectiveRules(index, eni, 'ingress');
    expect(draft).toMatchObject({
      Kind: 'Rule',
      Unsaved: true,
      Rule: { Description: 'draft', Policy: 'accept', Priority: 1 },
    });
  });
});

describe('compileRule', () => {
  it('caches frozen rules and recompiles rules that may still change', () => {
    const frozen = Object.freeze(r('f', 'ingress', 'accept', 1, 'TCP', '22/22', '10.0.0.0/8'));
    expect(compileRule(frozen)).toBe(compileRule(frozen));
    const open: Rule = r('o', 'ingress', 'accept', 1, 'TCP', '22/22', '10.0.0.0/8');
    const first = compileRule(open);
    open.SourceCidrIp = '192.168.0.0/16';
    const second = compileRule(open);
    expect(second).not.toBe(first);
    expect(second.peer).toEqual({ kind: 'range', range: { v6: false, lo: 0xc0a80000, hi: 0xc0a8ffff } });
  });
});
