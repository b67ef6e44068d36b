import { createManualClock } from '../src/clock.ts';
import { createEngine } from '../src/engine.ts';
import { evaluateTraffic, trafficAllowed, type TrafficFlow } from '../src/evaluate/evaluate-traffic.ts';
import { createEvaluationIndex } from '../src/evaluate/evaluation-index.ts';
import { interfacesThatCanReach } from '../src/evaluate/reachability.ts';
import { MemoryDatabase } from '../src/memory-storage.ts';
import type { NetworkInterface } from '../src/model/instance.ts';
import type { Rule, SecurityGroup } from '../src/model/security-group.ts';
import { alibabaProfile } from '../src/profiles/alibaba.ts';
import { largeWorld } from '../src/seeds/large-world.ts';
import { parseCidr } from '../src/validate/cidr.ts';
import { group, networkInterface, rule } from '../src/test/evaluation-fixtures.ts';

/**
 * Evaluation benchmarks. They print; they never assert timings.
 * (a) One verdict on an interface with 1,000 rules across 10 groups, next to two hand-written baselines: the best
 *     plain algorithm (rules compiled once, one linear scan per call) and a first, plain one (re-parsing every CIDR
 *     with validate/cidr.ts and sorting on every call), as ratios.
 * (b) "Which interfaces can reach interface X on TCP 22" over 10,000 interfaces and 100,000 rules, the world built
 *     through the engine's own actions in one batch.
 */

/** Runs `work` for about `budgetMs` after a warm-up and returns the sorted sample times in milliseconds. */
function sample(work: () => unknown, budgetMs = 1500): number[] {
  for (let i = 0; i < 50; i++) work();
  const samples: number[] = [];
  const started = performance.now();
  while (performance.now() - started < budgetMs || samples.length < 20) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

const at = (samples: number[], q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
const ms = (value: number) => `${value.toFixed(4)} ms`;

function line(name: string, samples: number[]): void {
  console.log(
    `${name.padEnd(62)} p50 ${ms(at(samples, 0.5)).padStart(12)}   p95 ${ms(at(samples, 0.95)).padStart(12)}   (${samples.length} runs)`,
  );
}

/** 10 groups of 100 rules: TCP/UDP rules from 10.x.y.0/24 blocks, some drops, some outbound; none matches the flow. */
function thousandRuleWorld() {
  const groups: SecurityGroup[] = [];
  for (let g = 0; g < 10; g++) {
    const rules: Rule[] = [];
    for (let i = 0; i < 100; i++) {
      const n = g * 100 + i;
      const direction = i % 10 === 9 ? 'egress' : 'ingress';
      rules.push(
        rule(
          `r${n}`,
          direction,
          n % 7 === 0 ? 'drop' : 'accept',
          (n % 100) + 1,
          n % 3 === 0 ? 'UDP' : 'TCP',
          `${1000 + n}/${1000 + n}`,
          `10.${g}.${i}.0/24`,
        ),
      );
    }
    groups.push(group(`sg-${g}`, rules, { policy: 'Drop' }));
  }
  const me = networkInterface(
    'eni-me',
    '172.16.1.10',
    groups.map((g) => g.SecurityGroupId),
  );
  return { groups, me };
}

/** The baseline: what a first, plain implementation would do on every call. */
function naiveVerdict(
  groups: SecurityGroup[],
  me: NetworkInterface,
  flow: TrafficFlow & { Peer: { Ip: string } },
): boolean {
  if (flow.Direction === 'egress' && flow.IpProtocol === 'TCP' && flow.Port === 25) return false;
  const mine = groups.filter((g) => me.SecurityGroupIds.includes(g.SecurityGroupId));
  const rules = mine.flatMap((g) => g.Rules).filter((r) => r.Direction === flow.Direction);
  rules.sort((a, b) => a.Priority - b.Priority || (a.Policy === b.Policy ? 0 : a.Policy === 'drop' ? -1 : 1));
  const peer = parseCidr(flow.Peer.Ip)!;
  for (const r of rules) {
    if (r.IpProtocol !== 'ALL' && r.IpProtocol !== flow.IpProtocol) continue;
    if (r.PortRange !== '-1/-1') {
      const [from, to] = r.PortRange.split('/').map(Number);
      if (flow.Port! < from! || flow.Port! > to!) continue;
    }
    const cidr = parseCidr(
      flow.Direction === 'ingress' ? r.SourceCidrIp || r.Ipv6SourceCidrIp : r.DestCidrIp || r.Ipv6DestCidrIp,
    );
    if (!cidr || cidr.family !== peer.family || peer.first < cidr.first || peer.first > cidr.last) continue;
    return r.Policy === 'accept';
  }
  return flow.Direction === 'egress';
}

interface CompiledRule {
  accept: boolean;
  protocol: string;
  from: number;
  to: number;
  family: string;
  first: bigint;
  last: bigint;
}

/**
 * The fair baseline: the best plain algorithm, with the work that does not depend on the flow done once. The
 * interface's rules of one direction are parsed (ports, CIDRs) and sorted into evaluation order once; each verdict
 * is then one linear scan of plain numbers, stopping at the first match.
 */
function compiledBaseline(groups: SecurityGroup[], me: NetworkInterface, direction: 'ingress' | 'egress') {
  const mine = groups.filter((g) => me.SecurityGroupIds.includes(g.SecurityGroupId));
  const sorted = mine
    .flatMap((g) => g.Rules)
    .filter((r) => r.Direction === direction)
    .sort((a, b) => a.Priority - b.Priority || (a.Policy === b.Policy ? 0 : a.Policy === 'drop' ? -1 : 1));
  const compiled: CompiledRule[] = [];
  for (const r of sorted) {
    const cidr = parseCidr(
      direction === 'ingress' ? r.SourceCidrIp || r.Ipv6SourceCidrIp : r.DestCidrIp || r.Ipv6DestCidrIp,
    );
    if (!cidr) continue;
    const [from, to] = r.PortRange === '-1/-1' ? [-1, 65536] : r.PortRange.split('/').map(Number);
    compiled.push({
      accept: r.Policy === 'accept',
      protocol: r.IpProtocol,
      from: from!,
      to: to!,
      family: cidr.family,
      first: cidr.first,
      last: cidr.last,
    });
  }
  return (flow: TrafficFlow & { Peer: { Ip: string } }): boolean => {
    if (flow.Direction === 'egress' && flow.IpProtocol === 'TCP' && flow.Port === 25) return false;
    const peer = parseCidr(flow.Peer.Ip)!;
    const port = flow.Port!;
    for (const r of compiled) {
      if (r.protocol !== 'ALL' && r.protocol !== flow.IpProtocol) continue;
      if (port < r.from || port > r.to) continue;
      if (r.family !== peer.family || peer.first < r.first || peer.first > r.last) continue;
      return r.accept;
    }
    return flow.Direction === 'egress';
  };
}

function benchOneVerdict(): void {
  const { groups, me } = thousandRuleWorld();
  const flow = { Direction: 'ingress', IpProtocol: 'TCP', Port: 22, Peer: { Ip: '203.0.113.9' } } as const;
  const world = { groups, interfaces: [me] };
  // Same answer first: the comparison is only fair if both do the same job.
  const ours = trafficAllowed(createEvaluationIndex(world), me, flow).allowed;
  if (ours !== naiveVerdict(groups, me, flow)) throw new Error('the baseline and the engine disagree');
  const compiledVerdict = compiledBaseline(groups, me, flow.Direction);
  if (ours !== compiledVerdict(flow)) throw new Error('the compiled baseline and the engine disagree');

  console.log('\nEvaluation: one flow, an interface with 1,000 rules across 10 groups (no rule matches: full scan)');
  const best = sample(() => compiledVerdict(flow));
  const naive = sample(() => naiveVerdict(groups, me, flow));
  const fast = sample(() => trafficAllowed(createEvaluationIndex(world), me, flow));
  const traced = sample(() => evaluateTraffic(createEvaluationIndex(world), me, flow));
  line('baseline: rules compiled once, one linear scan per call', best);
  line('second baseline: plain scan, parse + sort every call', naive);
  line('engine: verdict (trafficAllowed, index built per call)', fast);
  line('engine: verdict with full trace (evaluateTraffic)', traced);
  const ratio = (base: number[], q: number) => (at(base, q) / at(fast, q)).toFixed(1);
  console.log(
    `${'engine vs the compiled baseline (above 1: engine faster)'.padEnd(62)} p50 ${ratio(best, 0.5)}x   p95 ${ratio(best, 0.95)}x`,
  );
  console.log(
    `${'engine vs the parse + sort baseline'.padEnd(62)} p50 ${ratio(naive, 0.5)}x   p95 ${ratio(naive, 0.95)}x`,
  );
}

/** The large world (src/seeds/large-world.ts), built through the actions in one transaction; it brings its quotas. */
async function bigWorld() {
  const db = new MemoryDatabase();
  const started = performance.now();
  await createEngine({
    storage: db.connect(),
    world: largeWorld,
    clock: createManualClock(),
    idSeed: 'bench-eval',
    profile: alibabaProfile,
  });
  const builtMs = performance.now() - started;
  const rows = <T>(table: 'securityGroups' | 'networkInterfaces') =>
    [...db.tables.get(table)!.values()].map((r) => r.data as T);
  return {
    groups: rows<SecurityGroup>('securityGroups'),
    interfaces: rows<NetworkInterface>('networkInterfaces'),
    builtMs,
  };
}

async function benchReachability(): Promise<void> {
  console.log('\nEvaluation: which interfaces can reach interface X on TCP 22 (10,000 interfaces, 100,000 rules)');
  const { groups, interfaces, builtMs } = await bigWorld();
  const rules = groups.reduce((sum, g) => sum + g.Rules.length, 0);
  console.log(
    `${'world built through the actions in one transaction'.padEnd(62)} ${(builtMs / 1000).toFixed(1)} s   (${interfaces.length} interfaces, ${rules} rules, ${groups.length} groups)`,
  );
  const target = interfaces[0]!;
  const ask = () => interfacesThatCanReach(createEvaluationIndex({ groups, interfaces }), target, 'TCP', 22);
  const t0 = performance.now();
  const answer = ask();
  const coldMs = performance.now() - t0;
  console.log(
    `${'first question (cold: rules compiled on first need)'.padEnd(62)} ${coldMs.toFixed(1)} ms   (${answer.length} can reach X)`,
  );
  line('later questions (index built per call, rule caches warm)', sample(ask, 3000));
}

export async function runEvaluationBenchmarks(): Promise<void> {
  benchOneVerdict();
  await benchReachability();
}
