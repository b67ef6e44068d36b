import { describe, expect, it } from 'vitest';
import type { Direction, Rule, SecurityGroup } from '../model/security-group.ts';
import { group, networkInterface, rule } from '../test/evaluation-fixtures.ts';
import { createEvaluationIndex, type RuleOverride } from './evaluation-index.ts';
import { evaluateFlowBetween, evaluateTraffic, trafficAllowed, type TrafficFlow } from './evaluate-traffic.ts';

/**
 * One case per behaviour of spec §8, each built so that getting that one behaviour wrong flips the verdict or the
 * deciding entry. The evaluated interface is `eni-me` (172.16.1.10); peers are `eni-p1` (172.16.1.20), `eni-p2`
 * (172.16.1.21)... with the groups each case gives them.
 */
interface Case {
  name: string;
  groups: SecurityGroup[];
  me: string[];
  peers?: string[][];
  flow: { dir: Direction; proto: string; port?: number; sourcePort?: number; peer: string };
  overrides?: RuleOverride[];
  verdict: 'Allowed' | 'Denied';
  /** The deciding rule's tag, or the default's name. */
  by: string;
}

const ANY = '0.0.0.0/0';
const tcp22 = (peer: string) => ({ dir: 'ingress' as const, proto: 'TCP', port: 22, peer });
const web = (peer: string) => ({ dir: 'egress' as const, proto: 'TCP', port: 443, peer });
const basic = (id: string, rules: Rule[] = [], policy: 'Accept' | 'Drop' = 'Accept') => group(id, rules, { policy });
const advanced = (id: string, rules: Rule[] = []) => group(id, rules, { type: 'enterprise' });
const r = rule;

const cases: Case[] = [
  // Priority (spec §8.4): the smaller number wins, whatever the action.
  {
    name: 'priority order: accept at 1 beats drop at 2',
    groups: [
      basic('sg-a', [
        r('drop2', 'ingress', 'drop', 2, 'TCP', '22/22', ANY),
        r('acc1', 'ingress', 'accept', 1, 'TCP', '22/22', ANY),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Allowed',
    by: 'acc1',
  },
  {
    name: 'priority order: drop at 1 beats accept at 2',
    groups: [
      basic('sg-a', [
        r('acc2', 'ingress', 'accept', 2, 'TCP', '22/22', ANY),
        r('drop1', 'ingress', 'drop', 1, 'TCP', '22/22', ANY),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'drop1',
  },
  {
    name: 'priority order: stored order does not matter (a later-stored 3 beats an earlier 5)',
    groups: [
      basic('sg-a', [
        r('acc5', 'ingress', 'accept', 5, 'TCP', '22/22', ANY),
        r('drop3', 'ingress', 'drop', 3, 'TCP', '22/22', ANY),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'drop3',
  },
  {
    name: 'priority order: 100 is the lowest user priority (accept at 99 beats drop at 100)',
    groups: [
      basic('sg-a', [
        r('drop100', 'ingress', 'drop', 100, 'ALL', '-1/-1', ANY),
        r('acc99', 'ingress', 'accept', 99, 'TCP', '22/22', ANY),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Allowed',
    by: 'acc99',
  },
  // Ties (spec §8.4): at equal priority drop wins.
  {
    name: 'drop wins ties: accept stored first, drop second, both priority 1',
    groups: [
      basic('sg-a', [
        r('acc', 'ingress', 'accept', 1, 'TCP', '22/22', ANY),
        r('drop', 'ingress', 'drop', 1, 'TCP', '22/22', ANY),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'drop',
  },
  {
    name: 'drop wins ties even when the drop rule is narrower (matching peer)',
    groups: [
      basic('sg-a', [
        r('acc', 'ingress', 'accept', 1, 'TCP', '22/22', ANY),
        r('drop', 'ingress', 'drop', 1, 'TCP', '22/22', '10.0.0.5/32'),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('10.0.0.5'),
    verdict: 'Denied',
    by: 'drop',
  },
  {
    name: 'drop wins ties only for the peers it matches (other peer: the accept decides)',
    groups: [
      basic('sg-a', [
        r('acc', 'ingress', 'accept', 1, 'TCP', '22/22', ANY),
        r('drop', 'ingress', 'drop', 1, 'TCP', '22/22', '10.0.0.5/32'),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('10.0.0.6'),
    verdict: 'Allowed',
    by: 'acc',
  },
  // Aggregation (spec §8.3): the rules of all groups are pooled and sorted together.
  {
    name: 'several groups pooled: the second group allows what the first does not mention',
    groups: [
      basic('sg-a', [r('a-http', 'ingress', 'accept', 1, 'TCP', '80/80', ANY)]),
      basic('sg-b', [r('b-ssh', 'ingress', 'accept', 1, 'TCP', '22/22', ANY)]),
    ],
    me: ['sg-a', 'sg-b'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Allowed',
    by: 'b-ssh',
  },
  {
    name: 'several groups pooled: a later group with a smaller priority decides, not the first group',
    groups: [
      basic('sg-a', [r('a-acc50', 'ingress', 'accept', 50, 'TCP', '22/22', ANY)]),
      basic('sg-b', [r('b-drop20', 'ingress', 'drop', 20, 'TCP', '22/22', ANY)]),
    ],
    me: ['sg-a', 'sg-b'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'b-drop20',
  },
  {
    name: 'equal priority across groups: drop in the second group beats accept in the first',
    groups: [
      basic('sg-a', [r('a-acc', 'ingress', 'accept', 10, 'TCP', '22/22', ANY)]),
      basic('sg-b', [r('b-drop', 'ingress', 'drop', 10, 'TCP', '22/22', ANY)]),
    ],
    me: ['sg-a', 'sg-b'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'b-drop',
  },
  {
    name: "equal priority across groups, same policy: the interface's first group's rule is reported (stable tiebreak)",
    groups: [
      basic('sg-b', [r('b-acc', 'ingress', 'accept', 10, 'TCP', '22/22', ANY)]),
      basic('sg-a', [r('a-acc', 'ingress', 'accept', 10, 'TCP', '22/22', ANY)]),
    ],
    me: ['sg-a', 'sg-b'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Allowed',
    by: 'a-acc',
  },
  // Protocols and ports (spec §8.2).
  {
    name: 'ALL protocol matches UDP',
    groups: [basic('sg-a', [r('all', 'ingress', 'accept', 1, 'ALL', '-1/-1', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'UDP', port: 53, peer: '203.0.113.5' },
    verdict: 'Allowed',
    by: 'all',
  },
  {
    name: 'ALL protocol matches ICMP',
    groups: [basic('sg-a', [r('all', 'ingress', 'accept', 1, 'ALL', '-1/-1', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'ICMP', peer: '203.0.113.5' },
    verdict: 'Allowed',
    by: 'all',
  },
  {
    name: 'a TCP rule does not match a UDP flow on the same port',
    groups: [basic('sg-a', [r('tcp53', 'ingress', 'accept', 1, 'TCP', '53/53', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'UDP', port: 53, peer: '203.0.113.5' },
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'protocol names are case-insensitive in a flow (tcp)',
    groups: [basic('sg-a', [r('ssh', 'ingress', 'accept', 1, 'TCP', '22/22', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'tcp', port: 22, peer: '203.0.113.5' },
    verdict: 'Allowed',
    by: 'ssh',
  },
  {
    name: '-1/-1 ports match the highest port 65535',
    groups: [basic('sg-a', [r('all', 'ingress', 'accept', 1, 'ALL', '-1/-1', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'TCP', port: 65535, peer: '203.0.113.5' },
    verdict: 'Allowed',
    by: 'all',
  },
  {
    name: 'ICMP -1/-1 rule matches an ICMP flow but not ICMPv6',
    groups: [basic('sg-a', [r('icmp', 'ingress', 'accept', 1, 'ICMP', '-1/-1', '::/0')])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'ICMPv6', peer: '2001:db8::1' },
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'port ranges edges: the first port of 1000/2000 matches',
    groups: [basic('sg-a', [r('range', 'ingress', 'accept', 1, 'TCP', '1000/2000', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'TCP', port: 1000, peer: '203.0.113.5' },
    verdict: 'Allowed',
    by: 'range',
  },
  {
    name: 'port ranges edges: the last port of 1000/2000 matches',
    groups: [basic('sg-a', [r('range', 'ingress', 'accept', 1, 'TCP', '1000/2000', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'TCP', port: 2000, peer: '203.0.113.5' },
    verdict: 'Allowed',
    by: 'range',
  },
  {
    name: 'port ranges edges: the port below 1000/2000 does not match',
    groups: [basic('sg-a', [r('range', 'ingress', 'accept', 1, 'TCP', '1000/2000', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'TCP', port: 999, peer: '203.0.113.5' },
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'port ranges edges: the port above 1000/2000 does not match',
    groups: [basic('sg-a', [r('range', 'ingress', 'accept', 1, 'TCP', '1000/2000', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'TCP', port: 2001, peer: '203.0.113.5' },
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  // Addresses (spec §8.2).
  {
    name: 'CIDR edges /32: the address itself matches',
    groups: [basic('sg-a', [r('host', 'ingress', 'accept', 1, 'TCP', '22/22', '10.0.0.5/32')])],
    me: ['sg-a'],
    flow: tcp22('10.0.0.5'),
    verdict: 'Allowed',
    by: 'host',
  },
  {
    name: 'CIDR edges /32: the next address does not',
    groups: [basic('sg-a', [r('host', 'ingress', 'accept', 1, 'TCP', '22/22', '10.0.0.5/32')])],
    me: ['sg-a'],
    flow: tcp22('10.0.0.6'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'CIDR edges /24: the last address of the block matches',
    groups: [basic('sg-a', [r('net', 'ingress', 'accept', 1, 'TCP', '22/22', '10.1.2.0/24')])],
    me: ['sg-a'],
    flow: tcp22('10.1.2.255'),
    verdict: 'Allowed',
    by: 'net',
  },
  {
    name: 'CIDR edges /24: the first address after the block does not',
    groups: [basic('sg-a', [r('net', 'ingress', 'accept', 1, 'TCP', '22/22', '10.1.2.0/24')])],
    me: ['sg-a'],
    flow: tcp22('10.1.3.0'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'CIDR edges /0: every IPv4 address matches, the broadcast address included',
    groups: [basic('sg-a', [r('any', 'ingress', 'accept', 1, 'TCP', '22/22', ANY)])],
    me: ['sg-a'],
    flow: tcp22('255.255.255.255'),
    verdict: 'Allowed',
    by: 'any',
  },
  {
    name: 'a non-canonical CIDR (10.159.6.18/12) matches by its mask',
    groups: [basic('sg-a', [r('odd', 'ingress', 'accept', 1, 'TCP', '22/22', '10.159.6.18/12')])],
    me: ['sg-a'],
    flow: tcp22('10.144.0.1'),
    verdict: 'Allowed',
    by: 'odd',
  },
  {
    name: 'IPv6 vs IPv4: an IPv4 /0 rule never matches an IPv6 peer',
    groups: [basic('sg-a', [r('v4any', 'ingress', 'accept', 1, 'ALL', '-1/-1', ANY)])],
    me: ['sg-a'],
    flow: tcp22('2001:db8::1'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'IPv6 vs IPv4: an IPv6 ::/0 rule never matches an IPv4 peer',
    groups: [basic('sg-a', [r('v6any', 'ingress', 'accept', 1, 'ALL', '-1/-1', '::/0')])],
    me: ['sg-a'],
    flow: tcp22('10.0.0.1'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'IPv6 vs IPv4: an IPv4 rule does not match an IPv6 peer with the same low bits (::10.0.0.5)',
    groups: [basic('sg-a', [r('v4net', 'ingress', 'accept', 1, 'TCP', '22/22', '10.0.0.0/8')])],
    me: ['sg-a'],
    flow: tcp22('::a00:5'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'IPv6 vs IPv4: an IPv4 drop rule does not stop an IPv6 peer that an IPv6 rule allows',
    groups: [
      basic('sg-a', [
        r('v4drop', 'ingress', 'drop', 1, 'ALL', '-1/-1', ANY),
        r('v6acc', 'ingress', 'accept', 2, 'TCP', '22/22', '2001:db8::/32'),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('2001:db8:0:0::7'),
    verdict: 'Allowed',
    by: 'v6acc',
  },
  {
    name: 'CIDR edges IPv6 /128: the neighbouring address does not match',
    groups: [basic('sg-a', [r('h6', 'ingress', 'accept', 1, 'TCP', '22/22', '2001:db8::1/128')])],
    me: ['sg-a'],
    flow: tcp22('2001:db8::2'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  // Group references (spec §8.2): the private IPs of the referenced group's members.
  {
    name: 'group reference matches an interface that is a member of the group',
    groups: [basic('sg-a', [r('from-b', 'ingress', 'accept', 1, 'TCP', '22/22', 'sg-b')]), basic('sg-b')],
    me: ['sg-a'],
    peers: [['sg-b']],
    flow: tcp22('eni-p1'),
    verdict: 'Allowed',
    by: 'from-b',
  },
  {
    name: 'group reference does not match an interface outside the group',
    groups: [
      basic('sg-a', [r('from-b', 'ingress', 'accept', 1, 'TCP', '22/22', 'sg-b')]),
      basic('sg-b'),
      basic('sg-c'),
    ],
    me: ['sg-a'],
    peers: [['sg-c'], ['sg-b']],
    flow: tcp22('eni-p1'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: "group reference matches a member's private IP given as a bare address",
    groups: [basic('sg-a', [r('from-b', 'ingress', 'accept', 1, 'TCP', '22/22', 'sg-b')]), basic('sg-b')],
    me: ['sg-a'],
    peers: [['sg-b']],
    flow: tcp22('172.16.1.20'),
    verdict: 'Allowed',
    by: 'from-b',
  },
  {
    name: 'group reference on egress (DestGroupId) drops traffic to the members',
    groups: [basic('sg-a', [r('to-b', 'egress', 'drop', 1, 'ALL', '-1/-1', 'sg-b')]), basic('sg-b')],
    me: ['sg-a'],
    peers: [['sg-b']],
    flow: web('eni-p1'),
    verdict: 'Denied',
    by: 'to-b',
  },
  // Intra-group policy (spec §8.6).
  {
    name: 'Accept overrides drop rules: a shared Accept group lets a peer in despite a drop rule at priority 1',
    groups: [basic('sg-a', [r('deny-all', 'ingress', 'drop', 1, 'ALL', '-1/-1', ANY)])],
    me: ['sg-a'],
    peers: [['sg-a']],
    flow: tcp22('eni-p1'),
    verdict: 'Allowed',
    by: 'InnerAccessAccept',
  },
  {
    name: 'Accept overrides drop rules both ways: outbound to a member despite an egress drop rule',
    groups: [basic('sg-a', [r('deny-out', 'egress', 'drop', 1, 'ALL', '-1/-1', ANY)])],
    me: ['sg-a'],
    peers: [['sg-a']],
    flow: web('eni-p1'),
    verdict: 'Allowed',
    by: 'InnerAccessAccept',
  },
  {
    name: "Accept overrides drop rules for a member's bare private IP too",
    groups: [basic('sg-a', [r('deny-all', 'ingress', 'drop', 1, 'ALL', '-1/-1', ANY)])],
    me: ['sg-a'],
    peers: [['sg-a']],
    flow: tcp22('172.16.1.20'),
    verdict: 'Allowed',
    by: 'InnerAccessAccept',
  },
  {
    name: 'Drop below rules: an accept rule still lets a member of an isolated group in',
    groups: [basic('sg-a', [r('vpc-ssh', 'ingress', 'accept', 100, 'TCP', '22/22', '172.16.0.0/12')], 'Drop')],
    me: ['sg-a'],
    peers: [['sg-a']],
    flow: tcp22('eni-p1'),
    verdict: 'Allowed',
    by: 'vpc-ssh',
  },
  {
    name: 'Drop isolates members when no rule allows them',
    groups: [basic('sg-a', [], 'Drop')],
    me: ['sg-a'],
    peers: [['sg-a']],
    flow: tcp22('eni-p1'),
    verdict: 'Denied',
    by: 'InnerAccessDrop',
  },
  {
    name: 'shared group Accept with another group Drop: any shared Accept group lets them talk',
    groups: [
      basic('sg-a', [], 'Accept'),
      basic('sg-b', [r('deny', 'ingress', 'drop', 1, 'ALL', '-1/-1', ANY)], 'Drop'),
    ],
    me: ['sg-b', 'sg-a'],
    peers: [['sg-a', 'sg-b']],
    flow: tcp22('eni-p1'),
    verdict: 'Allowed',
    by: 'InnerAccessAccept',
  },
  {
    name: 'an Accept group that is not shared does not open a shared Drop group',
    groups: [basic('sg-a', [], 'Drop'), basic('sg-c', [], 'Accept')],
    me: ['sg-a', 'sg-c'],
    peers: [['sg-a']],
    flow: tcp22('eni-p1'),
    verdict: 'Denied',
    by: 'InnerAccessDrop',
  },
  {
    name: 'interfaces in different groups are isolated unless rules allow (both groups Accept)',
    groups: [basic('sg-a'), basic('sg-b')],
    me: ['sg-a'],
    peers: [['sg-b']],
    flow: tcp22('eni-p1'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  // Defaults by type (spec §8.5).
  {
    name: 'basic default ingress deny',
    groups: [basic('sg-a')],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: 'basic default egress allow',
    groups: [basic('sg-a')],
    me: ['sg-a'],
    flow: web('203.0.113.5'),
    verdict: 'Allowed',
    by: 'BasicDefaultEgressAllow',
  },
  {
    name: 'basic egress: a drop rule decides before the egress default',
    groups: [basic('sg-a', [r('no-https', 'egress', 'drop', 100, 'TCP', '443/443', ANY)])],
    me: ['sg-a'],
    flow: web('203.0.113.5'),
    verdict: 'Denied',
    by: 'no-https',
  },
  {
    name: 'advanced default deny both ways: inbound',
    groups: [advanced('sg-e')],
    me: ['sg-e'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'AdvancedDefaultDeny',
  },
  {
    name: 'advanced default deny both ways: outbound',
    groups: [advanced('sg-e')],
    me: ['sg-e'],
    flow: web('203.0.113.5'),
    verdict: 'Denied',
    by: 'AdvancedDefaultDeny',
  },
  {
    name: 'advanced groups isolate their members whatever the stored policy says',
    groups: [group('sg-e', [], { type: 'enterprise', policy: 'Accept' })],
    me: ['sg-e'],
    peers: [['sg-e']],
    flow: tcp22('eni-p1'),
    verdict: 'Denied',
    by: 'AdvancedDefaultDeny',
  },
  {
    name: 'advanced groups: an accept rule opens what it names',
    groups: [advanced('sg-e', [r('out-https', 'egress', 'accept', 1, 'TCP', '443/443', ANY)])],
    me: ['sg-e'],
    flow: web('203.0.113.5'),
    verdict: 'Allowed',
    by: 'out-https',
  },
  // Platform overrides (spec §8.8).
  {
    name: 'TCP 25 egress always blocked even with an explicit allow at priority 1',
    groups: [basic('sg-a', [r('smtp', 'egress', 'accept', 1, 'TCP', '25/25', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'egress', proto: 'TCP', port: 25, peer: '198.51.100.7' },
    verdict: 'Denied',
    by: 'PlatformTcp25Block',
  },
  {
    name: 'TCP 25 egress blocked even to a member of a shared Accept group',
    groups: [basic('sg-a')],
    me: ['sg-a'],
    peers: [['sg-a']],
    flow: { dir: 'egress', proto: 'TCP', port: 25, peer: 'eni-p1' },
    verdict: 'Denied',
    by: 'PlatformTcp25Block',
  },
  {
    name: 'TCP 25 ingress not blocked',
    groups: [basic('sg-a', [r('smtp-in', 'ingress', 'accept', 1, 'TCP', '25/25', ANY)])],
    me: ['sg-a'],
    flow: { dir: 'ingress', proto: 'TCP', port: 25, peer: '198.51.100.7' },
    verdict: 'Allowed',
    by: 'smtp-in',
  },
  {
    name: 'UDP 25 egress not blocked (only TCP is)',
    groups: [basic('sg-a')],
    me: ['sg-a'],
    flow: { dir: 'egress', proto: 'UDP', port: 25, peer: '198.51.100.7' },
    verdict: 'Allowed',
    by: 'BasicDefaultEgressAllow',
  },
  {
    name: 'TCP 26 egress not blocked (only port 25 is)',
    groups: [basic('sg-a')],
    me: ['sg-a'],
    flow: { dir: 'egress', proto: 'TCP', port: 26, peer: '198.51.100.7' },
    verdict: 'Allowed',
    by: 'BasicDefaultEgressAllow',
  },
  // Statefulness (spec §8.1): a flow is judged in its starting direction only.
  {
    name: 'stateful direction: an outbound flow ignores inbound drop rules for the same peer',
    groups: [basic('sg-a', [r('in-drop', 'ingress', 'drop', 1, 'ALL', '-1/-1', '198.51.100.0/24')])],
    me: ['sg-a'],
    flow: web('198.51.100.7'),
    verdict: 'Allowed',
    by: 'BasicDefaultEgressAllow',
  },
  {
    name: 'stateful direction: an inbound flow ignores outbound drop rules (its replies are allowed)',
    groups: [
      basic('sg-a', [
        r('out-drop', 'egress', 'drop', 1, 'ALL', '-1/-1', ANY),
        r('ssh', 'ingress', 'accept', 1, 'TCP', '22/22', ANY),
      ]),
    ],
    me: ['sg-a'],
    flow: tcp22('198.51.100.7'),
    verdict: 'Allowed',
    by: 'ssh',
  },
  // Quintuple rules (spec §3): the local address and the source port narrow a rule.
  {
    name: "quintuple rule: a local address other than the interface's does not match",
    groups: [
      basic('sg-a', [r('local', 'ingress', 'accept', 1, 'TCP', '22/22', ANY, { DestCidrIp: '172.16.1.99/32' })]),
    ],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  {
    name: "quintuple rule: the interface's own local address matches",
    groups: [basic('sg-a', [r('local', 'ingress', 'accept', 1, 'TCP', '22/22', ANY, { DestCidrIp: '172.16.1.0/24' })])],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Allowed',
    by: 'local',
  },
  {
    name: 'quintuple rule: a source port in the range matches',
    groups: [
      basic('sg-a', [r('sport', 'ingress', 'accept', 1, 'TCP', '22/22', ANY, { SourcePortRange: '1024/65535' })]),
    ],
    me: ['sg-a'],
    flow: { ...tcp22('203.0.113.5'), sourcePort: 40000 },
    verdict: 'Allowed',
    by: 'sport',
  },
  {
    name: 'quintuple rule: a flow without a source port does not match a source-port rule',
    groups: [
      basic('sg-a', [r('sport', 'ingress', 'accept', 1, 'TCP', '22/22', ANY, { SourcePortRange: '1024/65535' })]),
    ],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    verdict: 'Denied',
    by: 'BasicDefaultIngressDeny',
  },
  // Unsaved rules.
  {
    name: "overrides replace the group's stored rules for the evaluation",
    groups: [basic('sg-a', [r('ssh', 'ingress', 'accept', 1, 'TCP', '22/22', ANY)])],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    overrides: [
      {
        SecurityGroupId: 'sg-a',
        Rules: [
          {
            Direction: 'ingress',
            IpProtocol: 'tcp',
            PortRange: '22/22',
            SourceCidrIp: ANY,
            Policy: 'Drop',
            Priority: '1',
            Description: 'unsaved-drop',
          },
        ],
      },
    ],
    verdict: 'Denied',
    by: 'unsaved-drop',
  },
  {
    name: 'an override of a group the interface is not in changes nothing',
    groups: [basic('sg-a', [r('ssh', 'ingress', 'accept', 1, 'TCP', '22/22', ANY)]), basic('sg-b')],
    me: ['sg-a'],
    flow: tcp22('203.0.113.5'),
    overrides: [
      {
        SecurityGroupId: 'sg-b',
        Rules: [{ Direction: 'ingress', IpProtocol: 'ALL', SourceCidrIp: ANY, Policy: 'drop' }],
      },
    ],
    verdict: 'Allowed',
    by: 'ssh',
  },
];

function build(c: Case) {
  const peers = (c.peers ?? []).map((groups, i) => networkInterface(`eni-p${i + 1}`, `172.16.1.${20 + i}`, groups));
  const me = networkInterface('eni-me', '172.16.1.10', c.me);
  const index = createEvaluationIndex({ groups: c.groups, interfaces: [me, ...peers] }, c.overrides);
  const flow: TrafficFlow = {
    Direction: c.flow.dir,
    IpProtocol: c.flow.proto,
    Port: c.flow.port,
    SourcePort: c.flow.sourcePort,
    Peer: c.flow.peer.startsWith('eni-') ? { NetworkInterfaceId: c.flow.peer } : { Ip: c.flow.peer },
  };
  return { index, me, flow };
}

const tagOf = (entry: { Kind: 'Rule'; Rule: Rule } | { Kind: 'Default'; Name: string }) =>
  entry.Kind === 'Rule' ? entry.Rule.Description : entry.Name;

describe('evaluateTraffic (spec §8)', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('$name', (c) => {
    const { index, me, flow } = build(c);
    const result = evaluateTraffic(index, me, flow);
    expect([result.Verdict, tagOf(result.DecidingRule)]).toEqual([c.verdict, c.by]);
    expect(result.Stateful).toBe(true);
    // The trace ends at the decider and nothing before it matched.
    expect(result.Considered.at(-1)).toEqual({ Entry: result.DecidingRule, Matched: true });
    expect(result.Considered.slice(0, -1).every((e) => !e.Matched)).toBe(true);
    // The fast path (reachability's) agrees.
    const fast = trafficAllowed(index, me, flow);
    expect(fast.allowed).toBe(c.verdict === 'Allowed');
    expect(fast.kind === 'rule' ? fast.rule.compiled.rule.Description : fast.entry.Name).toBe(c.by);
  });
});

describe('evaluateFlowBetween', () => {
  it("needs the source's egress and the destination's ingress, and returns both traces", () => {
    const groups = [
      basic('sg-web', [r('web-out-db', 'egress', 'accept', 1, 'TCP', '3306/3306', 'sg-db')]),
      group('sg-db', [r('db-in-web', 'ingress', 'accept', 1, 'TCP', '3306/3306', 'sg-web')], { type: 'normal' }),
      advanced('sg-locked'),
    ];
    const web1 = networkInterface('eni-web', '172.16.1.20', ['sg-web']);
    const db1 = networkInterface('eni-db', '172.16.1.30', ['sg-db']);
    const locked = networkInterface('eni-locked', '172.16.1.40', ['sg-locked']);
    const index = createEvaluationIndex({ groups, interfaces: [web1, db1, locked] });
    const ok = evaluateFlowBetween(index, web1, db1, 'TCP', 3306);
    expect(ok.Allowed).toBe(true);
    expect(tagOf(ok.Egress.DecidingRule)).toBe('web-out-db');
    expect(tagOf(ok.Ingress.DecidingRule)).toBe('db-in-web');
    // The reverse flow is a different flow: db's egress allows (basic default), web's ingress does not.
    const back = evaluateFlowBetween(index, db1, web1, 'TCP', 3306);
    expect([back.Allowed, back.Egress.Verdict, back.Ingress.Verdict]).toEqual([false, 'Allowed', 'Denied']);
    // An advanced source denies on its own egress; the destination's verdict is still reported.
    const fromLocked = evaluateFlowBetween(index, locked, db1, 'TCP', 3306);
    expect([fromLocked.Allowed, tagOf(fromLocked.Egress.DecidingRule), fromLocked.Ingress.Verdict]).toEqual([
      false,
      'AdvancedDefaultDeny',
      'Denied',
    ]);
  });
});
