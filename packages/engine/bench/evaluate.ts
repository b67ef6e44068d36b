import {
  alibabaProfile,
  createEngine,
  createEvaluationIndex,
  createManualClock,
  evaluateTraffic,
  interfacesThatCanReach,
  MemoryDatabase,
  trafficAllowed,
  type NetworkInterface,
  type Rule,
  type SecurityGroup,
  type TrafficFlow,
} from '../src/index.ts';
import { parseCidr } from '../src/validate/cidr.ts';
import { group, networkInterface, rule } from '../src/test/evaluation-fixtures.ts';

/**
 * Evaluation benchmarks. They print; they never assert timings.
 * (a) One verdict on an interface with 1,000 rules across 10 groups, next to a plain hand-written scan of the same
 *     rules (re-parsing every CIDR with validate/cidr.ts and sorting on every call), as a ratio.
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

function benchOneVerdict(): void {
  const { groups, me } = thousandRuleWorld();
  const flow = { Direction: 'ingress', IpProtocol: 'TCP', Port: 22, Peer: { Ip: '203.0.113.9' } } as const;
  const world = { groups, interfaces: [me] };
  // Same answer first: the comparison is only fair if both do the same job.
  const ours = trafficAllowed(createEvaluationIndex(world), me, flow).allowed;
  if (ours !== naiveVerdict(groups, me, flow)) throw new Error('the baseline and the engine disagree');

  console.log('\nEvaluation: one flow, an interface with 1,000 rules across 10 groups (no rule matches: full scan)');
  const naive = sample(() => naiveVerdict(groups, me, flow));
  const fast = sample(() => trafficAllowed(createEvaluationIndex(world), me, flow));
  const traced = sample(() => evaluateTraffic(createEvaluationIndex(world), me, flow));
  line('baseline: plain scan, parse + sort every call', naive);
  line('engine: verdict (trafficAllowed, index built per call)', fast);
  line('engine: verdict with full trace (evaluateTraffic)', traced);
  const ratio = (q: number) => (at(naive, q) / at(fast, q)).toFixed(1);
  console.log(`${'speed-up of the verdict over the baseline'.padEnd(62)} p50 ${ratio(0.5)}x   p95 ${ratio(0.95)}x`);
}

const REGION = 'cn-hangzhou';
const GROUPS = 500;
const RULES_PER_GROUP = 200;
const INSTANCES = 10_000;
const GROUPS_PER_INSTANCE = 5;

/**
 * 500 groups × 200 rules (the default per-group cap) = 100,000 rules; 10,000 instances in batches of 100, each
 * batch in 5 consecutive groups (1,000 rules: exactly the per-interface cap). Every third group isolates its
 * members (Drop). Built through the actions in one engine.batch; only the region's group quota is raised (to 500).
 */
async function bigWorld() {
  const db = new MemoryDatabase();
  const profile = { ...alibabaProfile, limits: { ...alibabaProfile.limits, groupsPerRegion: GROUPS } };
  const engine = await createEngine({
    storage: db.connect(),
    world: 'empty',
    clock: createManualClock(),
    idSeed: 'bench-eval',
    profile,
  });
  const started = performance.now();
  await engine.batch(async (call) => {
    const { VpcId } = await call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/8' });
    const { VSwitchId } = await call('CreateVSwitch', {
      RegionId: REGION,
      VpcId,
      ZoneId: 'cn-hangzhou-h',
      CidrBlock: '10.64.0.0/18',
    });
    const ids: string[] = [];
    for (let g = 0; g < GROUPS; g++)
      ids.push((await call('CreateSecurityGroup', { RegionId: REGION, VpcId })).SecurityGroupId);
    for (let g = 0; g < GROUPS; g++) {
      if (g % 3 === 0)
        await call('ModifySecurityGroupPolicy', {
          RegionId: REGION,
          SecurityGroupId: ids[g]!,
          InnerAccessPolicy: 'Drop',
        });
      for (let half = 0; half < 2; half++) {
        const Permissions = Array.from({ length: RULES_PER_GROUP / 2 }, (_, k) => {
          const i = half * (RULES_PER_GROUP / 2) + k;
          // Never the group itself (a self-reference is refused); at most 4 group rules per group (the cap is 20).
          if (i % 50 === 0)
            return { IpProtocol: 'TCP', PortRange: '22/22', SourceGroupId: ids[(g + 1 + i) % GROUPS], Priority: '5' };
          if (i % 40 === 1)
            return {
              Direction: 'egress',
              IpProtocol: 'TCP',
              PortRange: `${8000 + i}/${8000 + i}`,
              DestCidrIp: '0.0.0.0/0',
              Policy: 'drop',
            };
          const port =
            i % 9 === 0
              ? '22/22'
              : `${1024 + ((g * RULES_PER_GROUP + i) % 60000)}/${1024 + ((g * RULES_PER_GROUP + i) % 60000)}`;
          return {
            IpProtocol: 'TCP',
            PortRange: port,
            SourceCidrIp: `10.64.${(g + i) % 64}.${(i * 16) % 256}/28`,
            Policy: i % 11 === 0 ? 'drop' : 'accept',
            Priority: String((i % 100) + 1),
          };
        });
        const egress = Permissions.filter((p) => 'Direction' in p).map(({ Direction: _, ...p }) => p);
        const ingress = Permissions.filter((p) => !('Direction' in p));
        await call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: ids[g]!, Permissions: ingress });
        if (egress.length > 0)
          await call('AuthorizeSecurityGroupEgress', {
            RegionId: REGION,
            SecurityGroupId: ids[g]!,
            Permissions: egress,
          });
      }
    }
    for (let b = 0; b < INSTANCES / 100; b++) {
      const SecurityGroupIds = Array.from(
        { length: GROUPS_PER_INSTANCE },
        (_, j) => ids[(b * GROUPS_PER_INSTANCE + j) % GROUPS]!,
      );
      await call('RunInstances', {
        RegionId: REGION,
        VSwitchId,
        ImageId: 'aliyun_3_x64_20G_alibase_20240101.vhd',
        Amount: 100,
        SecurityGroupIds,
      });
    }
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
    `${'world built through the actions in one batch'.padEnd(62)} ${(builtMs / 1000).toFixed(1)} s   (${interfaces.length} interfaces, ${rules} rules, ${groups.length} groups)`,
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
