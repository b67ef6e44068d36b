import { describe, expect, it } from 'vitest';
import type { PortRangeList, PrefixList } from '../model/lists.ts';
import { group, networkInterface, rule as r } from '../test/evaluation-fixtures.ts';
import { compileRule, type RuleLists } from './compiled-rule.ts';
import { createEvaluationIndex } from './evaluation-index.ts';
import { trafficAllowed } from './evaluate-traffic.ts';

function prefixList(cidrs: string[], id = 'pl-office'): PrefixList {
  return Object.freeze({
    PrefixListId: id,
    RegionId: 'cn-hangzhou',
    PrefixListName: 'office',
    Description: '',
    AddressFamily: 'IPv4' as const,
    MaxEntries: 10,
    Entries: Object.freeze(cidrs.map((Cidr) => Object.freeze({ Cidr, Description: '' }))) as PrefixList['Entries'],
    CreationTime: '2026-01-01T00:00:00Z',
  });
}

function portList(ranges: string[], id = 'prl-web'): PortRangeList {
  return Object.freeze({
    PortRangeListId: id,
    RegionId: 'cn-hangzhou',
    PortRangeListName: 'web',
    Description: '',
    MaxEntries: 10,
    Entries: Object.freeze(
      ranges.map((PortRange) => Object.freeze({ PortRange, Description: '' })),
    ) as PortRangeList['Entries'],
    CreationTime: '2026-01-01T00:00:00Z',
  });
}

const lookup = (pl?: PrefixList, prl?: PortRangeList): RuleLists => ({
  prefixList: (id) => (pl?.PrefixListId === id ? pl : undefined),
  portRangeList: (id) => (prl?.PortRangeListId === id ? prl : undefined),
});

/** TCP from the office prefix list to the web port list. */
const listRule = Object.freeze(
  r('lists', 'ingress', 'accept', 1, 'TCP', '', '', { SourcePrefixListId: 'pl-office', PortRangeListId: 'prl-web' }),
);

describe('compileRule with lists', () => {
  it('expands the entries, and caches per list record: a replaced list is a recompile', () => {
    const office = prefixList(['203.0.113.0/24', '198.51.100.7/32']);
    const web = portList(['80/80', '8000/8100']);
    const first = compileRule(listRule, lookup(office, web));
    expect(first.peer).toEqual({
      kind: 'ranges',
      ranges: [
        { v6: false, lo: 0xcb007100, hi: 0xcb0071ff },
        { v6: false, lo: 0xc6336407, hi: 0xc6336407 },
      ],
    });
    expect(first.portSpans).toEqual([
      { from: 80, to: 80 },
      { from: 8000, to: 8100 },
    ]);
    expect(compileRule(listRule, lookup(office, web))).toBe(first);
    const edited = prefixList(['192.0.2.0/24']);
    const second = compileRule(listRule, lookup(edited, web));
    expect(second).not.toBe(first);
    expect(second.peer).toEqual({ kind: 'ranges', ranges: [{ v6: false, lo: 0xc0000200, hi: 0xc00002ff }] });
    // Without the lists (or with one missing) the rule matches nothing, as before lists existed.
    expect(compileRule(listRule).peer).toEqual({ kind: 'never' });
    expect(compileRule(listRule, lookup(office)).portSpans).toBeNull();
    expect(compileRule(listRule, lookup(office)).portTo).toBeLessThan(compileRule(listRule, lookup(office)).portFrom);
  });

  it('does not cache against a list that is not frozen (written earlier in the same transaction)', () => {
    const open = { ...prefixList(['203.0.113.0/24']) };
    const web = portList(['22/22']);
    expect(compileRule(listRule, lookup(open, web))).not.toBe(compileRule(listRule, lookup(open, web)));
  });
});

describe('an evaluation index with lists', () => {
  it('decides by the lists it was given; an index built after an edit sees the edit', () => {
    const sg = group('sg-jump', [listRule]);
    const me = networkInterface('eni-me', '172.16.1.9', ['sg-jump']);
    const flow = (ip: string, port: number) => ({
      Direction: 'ingress' as const,
      IpProtocol: 'TCP',
      Port: port,
      Peer: { Ip: ip },
    });
    const web = portList(['22/22']);
    const before = createEvaluationIndex({
      groups: [sg],
      interfaces: [me],
      prefixLists: [prefixList(['203.0.113.0/24'])],
      portRangeLists: [web],
    });
    expect(trafficAllowed(before, me, flow('203.0.113.4', 22)).allowed).toBe(true);
    expect(trafficAllowed(before, me, flow('203.0.113.4', 23)).allowed).toBe(false);
    const after = createEvaluationIndex({
      groups: [sg],
      interfaces: [me],
      prefixLists: [prefixList(['198.51.100.0/24'])],
      portRangeLists: [portList(['22/23'])],
    });
    expect(trafficAllowed(after, me, flow('203.0.113.4', 22)).allowed).toBe(false);
    expect(trafficAllowed(after, me, flow('198.51.100.4', 23)).allowed).toBe(true);
    // The older index still answers with its own lists: the group's cached rule list is recompiled, not shared.
    expect(trafficAllowed(before, me, flow('203.0.113.4', 22)).allowed).toBe(true);
    const none = createEvaluationIndex({ groups: [sg], interfaces: [me] });
    expect(trafficAllowed(none, me, flow('198.51.100.4', 22)).allowed).toBe(false);
    expect(before.prefixList('pl-office')?.Entries[0]?.Cidr).toBe('203.0.113.0/24');
    expect(before.portRangeList('prl-web')).toBe(web);
  });
});
