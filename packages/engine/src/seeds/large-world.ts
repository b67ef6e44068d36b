import type { BuildProgress, Call, WorldSeed } from '../engine.ts';
import type { QuotaIncreases } from '../profiles/quota-increases.ts';
import { largeRule, type LargeRule, type LargeRuleRefs } from './large-world-rules.ts';

const REGIONS = [
  { RegionId: 'cn-hangzhou', zones: ['cn-hangzhou-h', 'cn-hangzhou-i'] },
  { RegionId: 'cn-shanghai', zones: ['cn-shanghai-e', 'cn-shanghai-f'] },
] as const;
const IMAGE = 'aliyun_3_x64_20G_alibase_20240101.vhd';
/** Instances per RunInstances call (its Amount cap). */
const BATCH = 100;
/** Groups per instance of the ordinary groups: 4 × their weight stays under the per-interface cap of 1,000. */
const GROUPS_PER_INSTANCE = 4;
/** Rules in each of the big groups: as many as one interface may carry, so their members are in nothing else. */
export const BIG_GROUP_RULES = 1000;
/** Big groups per region, at every scale: the 1,000-rule groups a quota increase allows. */
const BIG_GROUPS_PER_REGION = 2;
const PREFIX_LISTS_PER_REGION = 10;
const PORT_LISTS_PER_REGION = 5;
/** Fewest rules an ordinary group gets: room for its list, group and outbound rules. */
const MIN_RULES = 10;

interface LargeWorldSize {
  instances: number;
  groups: number;
  rules: number;
}

/** The full-size world's counts, over both regions. */
export const LARGE_WORLD_SIZE: Readonly<LargeWorldSize> = { instances: 10_000, groups: 500, rules: 100_000 };

/**
 * The quota increases the large world is granted: 300 groups in a region (it holds 250; the default is 100) and 1,000
 * rules in a group (the default is 200), as one asks for them in the real console's Quota Center.
 */
export const LARGE_WORLD_QUOTAS: QuotaIncreases = { groupsPerRegion: 300, rulesPerGroup: BIG_GROUP_RULES };

/**
 * A world for working at scale, over cn-hangzhou and cn-shanghai: at `scale` 1, 10,000 instances (each with its
 * primary interface), 500 groups and 100,000 rules, of which 4 groups hold 1,000 rules each; 10 prefix lists and
 * 5 port lists per region, referenced by rules. A smaller `scale` (0 < scale ≤ 1) shrinks the instances, groups and
 * rules alike but keeps the big groups and the lists (the end-to-end tests use 0.05). Built through the actions, so
 * it obeys every rule a user's world does; deterministic (no randomness): the same ID seed gives the same world.
 */
export function largeWorldAt(scale: number): WorldSeed {
  if (!(scale > 0 && scale <= 1)) throw new RangeError(`A large world's scale is above 0 and at most 1, not ${scale}.`);
  const size = {
    instances: Math.round(LARGE_WORLD_SIZE.instances * scale),
    groups: Math.round(LARGE_WORLD_SIZE.groups * scale),
    rules: Math.round(LARGE_WORLD_SIZE.rules * scale),
  };
  const plans = REGIONS.map((region, r) => planRegion(region, r, size));
  return {
    name: 'large',
    quotaIncreases: LARGE_WORLD_QUOTAS,
    build: (call, progress) => buildLargeWorld(call, progress, plans, size.rules + size.instances),
  };
}

/** The full-size large world. */
export const largeWorld: WorldSeed = largeWorldAt(1);

interface RegionPlan {
  RegionId: string;
  zones: readonly string[];
  /** Rules of each group, the big ones first. */
  ruleCounts: number[];
  instances: number;
  /** This region's first group's number across the world (names and rule variety). */
  firstGroup: number;
}

/** Half of `total` for region `r` (the first region takes the odd one). */
function share(total: number, r: number): number {
  return Math.floor(total / 2) + (r < total % 2 ? 1 : 0);
}

function planRegion(region: (typeof REGIONS)[number], r: number, size: LargeWorldSize): RegionPlan {
  const groups = share(size.groups, r);
  const small = groups - BIG_GROUPS_PER_REGION;
  const rest = share(size.rules, r) - BIG_GROUPS_PER_REGION * BIG_GROUP_RULES;
  if (small < 1 || rest < small * MIN_RULES) throw new RangeError('This scale leaves too few groups or rules.');
  const ruleCounts = [
    ...Array<number>(BIG_GROUPS_PER_REGION).fill(BIG_GROUP_RULES),
    ...Array.from({ length: small }, (_, k) => Math.floor(rest / small) + (k < rest % small ? 1 : 0)),
  ];
  return {
    RegionId: region.RegionId,
    zones: region.zones,
    ruleCounts,
    instances: share(size.instances, r),
    firstGroup: r === 0 ? 0 : share(size.groups, 0),
  };
}

type Advance = (count: number) => Promise<void>;

/**
 * Rules naming a list go in first, everywhere: checking a list's room scans every rule of the world, which is cheap
 * while the world has few. Instances come last, as each new rule is checked against every interface of its groups.
 */
async function buildLargeWorld(call: Call, progress: BuildProgress, plans: RegionPlan[], total: number) {
  let done = 0;
  const advance: Advance = async (count) => {
    done += count;
    await progress(done, total);
  };
  await progress(0, total);
  const regions: RegionBuild[] = [];
  for (const plan of plans) regions.push(await setUpRegion(call, plan, advance));
  for (const region of regions) await authorize(call, region, true, advance);
  for (const region of regions) await authorize(call, region, false, advance);
  for (const region of regions) await launchInstances(call, region, advance);
}

interface RegionBuild {
  plan: RegionPlan;
  vSwitches: string[];
  refs: LargeRuleRefs;
  /** Each group's rules, as refs.groups. */
  rules: LargeRule[][];
}

/** The region's network, lists and groups (with their rules to come). */
async function setUpRegion(call: Call, plan: RegionPlan, advance: Advance): Promise<RegionBuild> {
  const { RegionId } = plan;
  const { VpcId } = await call('CreateVpc', { RegionId, CidrBlock: '10.0.0.0/8', VpcName: 'large-vpc' });
  const vSwitches: string[] = [];
  for (const [z, ZoneId] of plan.zones.entries()) {
    const { VSwitchId } = await call('CreateVSwitch', {
      RegionId,
      VpcId,
      ZoneId,
      CidrBlock: `10.${z}.0.0/16`,
      VSwitchName: `large-${ZoneId}`,
    });
    vSwitches.push(VSwitchId);
  }
  const refs: LargeRuleRefs = {
    prefixLists: await createPrefixLists(call, RegionId),
    portLists: await createPortLists(call, RegionId),
    groups: [],
  };
  for (const k of plan.ruleCounts.keys()) {
    const big = k < BIG_GROUPS_PER_REGION;
    const number = String(plan.firstGroup + k + 1).padStart(4, '0');
    const { SecurityGroupId } = await call('CreateSecurityGroup', {
      RegionId,
      VpcId,
      SecurityGroupName: big ? `large-sg-${number}-1000-rules` : `large-sg-${number}`,
      Description: big ? 'A group at the raised quota: 1,000 rules' : 'Large world group',
    });
    refs.groups.push(SecurityGroupId);
    if (!big && k % 3 === 0)
      await call('ModifySecurityGroupPolicy', { RegionId, SecurityGroupId, InnerAccessPolicy: 'Drop' });
    // Nothing counted yet, but the caller may take its turn.
    await advance(0);
  }
  const rules = plan.ruleCounts.map((count, k) =>
    Array.from({ length: count }, (_, i) => largeRule(refs, k, i, k < BIG_GROUPS_PER_REGION, plan.firstGroup + k)),
  );
  return { plan, vSwitches, refs, rules };
}

/** The rules that name a list (`namingLists`) or the others, in calls of at most 100 per direction. */
async function authorize(call: Call, region: RegionBuild, namingLists: boolean, advance: Advance) {
  const { RegionId } = region.plan;
  for (const [k, rules] of region.rules.entries()) {
    const SecurityGroupId = region.refs.groups[k]!;
    for (const direction of ['ingress', 'egress'] as const) {
      const permissions = rules
        .filter((rule) => rule.direction === direction && rule.namesList === namingLists)
        .map((rule) => rule.permission);
      for (let start = 0; start < permissions.length; start += 100) {
        const Permissions = permissions.slice(start, start + 100);
        const action = direction === 'ingress' ? 'AuthorizeSecurityGroup' : 'AuthorizeSecurityGroupEgress';
        await call(action, { RegionId, SecurityGroupId, Permissions });
        await advance(Permissions.length);
      }
    }
  }
}

/** Batches of 100: the first few alone in a big group each, the others in 4 consecutive ordinary groups. */
async function launchInstances(call: Call, { plan, vSwitches, refs }: RegionBuild, advance: Advance) {
  const small = refs.groups.slice(BIG_GROUPS_PER_REGION);
  for (let b = 0, launched = 0; launched < plan.instances; b++) {
    const Amount = Math.min(BATCH, plan.instances - launched);
    const SecurityGroupIds =
      b < BIG_GROUPS_PER_REGION
        ? [refs.groups[b]!]
        : Array.from(
            { length: Math.min(GROUPS_PER_INSTANCE, small.length) },
            (_, j) => small[((b - BIG_GROUPS_PER_REGION) * GROUPS_PER_INSTANCE + j) % small.length]!,
          );
    await call('RunInstances', {
      RegionId: plan.RegionId,
      VSwitchId: vSwitches[b % vSwitches.length]!,
      ImageId: IMAGE,
      Amount,
      SecurityGroupIds,
    });
    launched += Amount;
    await advance(Amount);
  }
}

async function createPrefixLists(call: Call, RegionId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let p = 0; p < PREFIX_LISTS_PER_REGION; p++) {
    const { PrefixListId } = await call('CreatePrefixList', {
      RegionId,
      PrefixListName: `office-cidrs-${String(p + 1).padStart(2, '0')}`,
      AddressFamily: 'IPv4',
      MaxEntries: 10,
      Entry: Array.from({ length: 5 }, (_, e) => ({ Cidr: `192.168.${p * 5 + e}.0/24`, Description: `Site ${e + 1}` })),
    });
    ids.push(PrefixListId);
  }
  return ids;
}

async function createPortLists(call: Call, RegionId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let p = 0; p < PORT_LISTS_PER_REGION; p++) {
    const { PortRangeListId } = await call('CreatePortRangeList', {
      RegionId,
      PortRangeListName: `service-ports-${String(p + 1).padStart(2, '0')}`,
      MaxEntries: 10,
      Entry: Array.from({ length: 3 }, (_, e) => {
        const port = 8000 + p * 10 + e;
        return { PortRange: `${port}/${port}`, Description: `Service ${e + 1}` };
      }),
    });
    ids.push(PortRangeListId);
  }
  return ids;
}
