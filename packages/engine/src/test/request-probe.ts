import { createManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';
import { EngineError } from '../errors.ts';
import { createMemoryStorage, MemoryDatabase } from '../memory-storage.ts';
import type { Storage } from '../storage.ts';

/**
 * One SDK request parameter tried against the engine (sdk-requests.test.ts): the same call made twice on a fresh
 * copy of one small world, with the parameter and without it, recording which parameters the engine read and what
 * came out (answers or error codes, and the stored world after).
 */
export const REGION = 'cn-hangzhou';
export const IMAGE = 'aliyun_3_x64_20G_alibase_20240101.vhd';

/** The IDs of the probe world. */
export interface ProbeWorld {
  vpcId: string;
  vSwitchId: string;
  groupA: string;
  groupB: string;
  /** Group A's CIDR rules, and its rules naming group B, each way. */
  ruleA: string;
  egressRuleA: string;
  groupRuleA: string;
  groupEgressRuleA: string;
  prefixList: string;
  portList: string;
  instanceA: string;
  instanceB: string;
  eniA: string;
  eniB: string;
}

/** Two of everything, so a filter or a page size shows; tags on some. Built through the one door. */
export async function buildProbeWorld(engine: Engine): Promise<ProbeWorld> {
  const call = engine.call;
  const { VpcId: vpcId } = await call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/8', VpcName: 'vpc-a' });
  const { VSwitchId: vSwitchId } = await call('CreateVSwitch', {
    RegionId: REGION,
    VpcId: vpcId,
    ZoneId: 'cn-hangzhou-h',
    CidrBlock: '10.0.1.0/24',
  });
  const group = async (name: string) =>
    (await call('CreateSecurityGroup', { RegionId: REGION, VpcId: vpcId, SecurityGroupName: name })).SecurityGroupId;
  const groupA = await group('sg-a');
  const groupB = await group('sg-b');
  const { PrefixListId: prefixList } = await call('CreatePrefixList', {
    RegionId: REGION,
    PrefixListName: 'office',
    AddressFamily: 'IPv4',
    MaxEntries: 5,
    Entry: [{ Cidr: '192.168.0.0/16', Description: 'hq' }],
  });
  await call('CreatePrefixList', { RegionId: REGION, PrefixListName: 'branch', AddressFamily: 'IPv4', MaxEntries: 5 });
  const { PortRangeListId: portList } = await call('CreatePortRangeList', {
    RegionId: REGION,
    PortRangeListName: 'web',
    MaxEntries: 5,
    Entry: [{ PortRange: '80/80', Description: 'http' }],
  });
  await call('CreatePortRangeList', { RegionId: REGION, PortRangeListName: 'db', MaxEntries: 5 });
  await call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId: groupA,
    Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' }],
  });
  await call('AuthorizeSecurityGroupEgress', {
    RegionId: REGION,
    SecurityGroupId: groupA,
    Permissions: [{ IpProtocol: 'TCP', PortRange: '443/443', DestCidrIp: '10.0.0.0/8' }],
  });
  await call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId: groupA,
    Permissions: [{ IpProtocol: 'TCP', PortRange: '80/80', SourceGroupId: groupB }],
  });
  await call('AuthorizeSecurityGroupEgress', {
    RegionId: REGION,
    SecurityGroupId: groupA,
    Permissions: [{ IpProtocol: 'TCP', PortRange: '80/80', DestGroupId: groupB }],
  });
  await call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId: groupB,
    Permissions: [{ IpProtocol: 'TCP', PortRangeListId: portList, SourcePrefixListId: prefixList }],
  });
  const rules = await call('DescribeSecurityGroupAttribute', { RegionId: REGION, SecurityGroupId: groupA });
  const ruleOf = (direction: string, byGroup: boolean) =>
    rules.Permissions.Permission.find(
      (p) => p.Direction === direction && (p.SourceGroupId !== '' || p.DestGroupId !== '') === byGroup,
    )!.SecurityGroupRuleId;
  const { InstanceIdSets } = await call('RunInstances', {
    RegionId: REGION,
    VSwitchId: vSwitchId,
    ImageId: IMAGE,
    SecurityGroupIds: [groupA],
    InstanceName: 'web',
    Amount: 2,
    UniqueSuffix: true,
  });
  const [instanceA, instanceB] = InstanceIdSets.InstanceIdSet as [string, string];
  const eni = async (name: string) =>
    (
      await call('CreateNetworkInterface', {
        RegionId: REGION,
        VSwitchId: vSwitchId,
        SecurityGroupIds: [groupA, groupB],
        NetworkInterfaceName: name,
      })
    ).NetworkInterfaceId;
  const eniA = await eni('eni-a');
  const eniB = await eni('eni-b');
  await call('AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eniA, InstanceId: instanceA });
  await call('StopInstance', { InstanceId: instanceB });
  const tag = [{ Key: 'env', Value: 'prod' }];
  for (const [ResourceType, ResourceId] of [
    ['securitygroup', groupA],
    ['instance', instanceA],
    ['eni', eniA],
    ['prefixlist', prefixList],
    ['portrangelist', portList],
  ] as const) {
    await call('TagResources', { RegionId: REGION, ResourceType, ResourceId: [ResourceId], Tag: tag } as never);
  }
  return {
    vpcId,
    vSwitchId,
    groupA,
    groupB,
    ruleA: ruleOf('ingress', false),
    egressRuleA: ruleOf('egress', false),
    groupRuleA: ruleOf('ingress', true),
    groupEgressRuleA: ruleOf('egress', true),
    prefixList,
    portList,
    instanceA,
    instanceB,
    eniA,
    eniB,
  };
}

/** What one call came to: its answer without the RequestId, or its error's code and field. */
export type Outcome = { answer: unknown } | { code: string; field: string | undefined };

export interface ProbeResult {
  outcomes: Outcome[];
  /** The stored world after both calls, as JSON. */
  world: string;
  /** Paths of the parameters the engine read, e.g. `Permissions.0.SourceGroupOwnerAccount`. */
  reads: Set<string>;
}

/** Records every property read of a parameter tree (the engine reads parameters, never writes them). */
function recording<T>(value: T, path: string, reads: Set<string>): T {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== 'string') return child;
      const at = path === '' ? key : `${path}.${key}`;
      reads.add(at);
      return recording(child, at, reads);
    },
  }) as T;
}

let built: Promise<{ database: MemoryDatabase; world: ProbeWorld }> | undefined;

/** The probe world, built once through the door. */
export function probeWorld(): Promise<{ database: MemoryDatabase; world: ProbeWorld }> {
  built ??= (async () => {
    const database = new MemoryDatabase();
    const engine = await createEngine({
      storage: createMemoryStorage(database),
      idSeed: 'probe',
      clock: createManualClock(),
    });
    const world = await buildProbeWorld(engine);
    engine.close();
    return { database, world };
  })();
  return built;
}

/** A fresh copy of the probe world (stored rows are frozen, so copies share them): same IDs every time. */
async function freshCopy(): Promise<{ engine: Engine; storage: Storage }> {
  const { database } = await probeWorld();
  const copy = new MemoryDatabase();
  for (const [table, rows] of database.tables) copy.tables.set(table, new Map(rows));
  for (const [table, rev] of database.tableRevisions) copy.tableRevisions.set(table, rev);
  const storage = createMemoryStorage(copy);
  return { engine: await createEngine({ storage, idSeed: 'probe', clock: createManualClock() }), storage };
}

export async function probe(action: string, params: Record<string, unknown>): Promise<ProbeResult> {
  const { engine, storage } = await freshCopy();
  const reads = new Set<string>();
  const outcomes: Outcome[] = [];
  for (let i = 0; i < 2; i++) {
    try {
      const { RequestId: _, ...answer } = (await engine.call(
        action as never,
        recording(params, '', reads) as never,
      )) as {
        RequestId: string;
      };
      outcomes.push({ answer });
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      outcomes.push({ code: error.Code, field: error.Field });
    }
  }
  const rows = await storage.loadAll();
  engine.close();
  return { outcomes, world: JSON.stringify(rows), reads };
}
