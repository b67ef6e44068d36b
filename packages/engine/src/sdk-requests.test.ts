import { describe, expect, it } from 'vitest';
import { registry } from './actions/registry.ts';
import { WORLD_ACCOUNT_ID } from './model/account.ts';
import { actionsInSdk, sdkRequest, type SdkType } from './test/sdk-models.ts';
import {
  IMAGE,
  REGION,
  probe,
  probeWorld,
  type Outcome,
  type ProbeResult,
  type ProbeWorld,
} from './test/request-probe.ts';
import { ACCEPTED_EXCEPTIONS, type AcceptedException } from './test/request-exceptions.ts';

/**
 * Issue 12's yardstick for requests: every parameter of the SDK's request model of every action the engine answers
 * either works (the engine reads it and the answer or the stored world differs with it), is refused with a code
 * whose Field names it, or is in ACCEPTED_EXCEPTIONS with a reason. Nothing is silently ignored unnoticed.
 */

/** The rule fields of a Permissions item, which the rule calls also take at the top level (the older form). */
const RULE_FIELDS = new Set([
  ...(
    sdkRequest('AuthorizeSecurityGroupEgress')!.fields.get('Permissions') as {
      item: { model: { fields: Map<string, unknown> } };
    }
  ).item.model.fields.keys(),
  ...(
    sdkRequest('AuthorizeSecurityGroup')!.fields.get('Permissions') as {
      item: { model: { fields: Map<string, unknown> } };
    }
  ).item.model.fields.keys(),
]);
const isRuleField = (path: string) => path.startsWith('Permissions[].') || RULE_FIELDS.has(path);

/** A rule call: the rule as Permissions, or at the top level when the parameter tried is a top-level rule field. */
function ruleCall(groupId: string, path: string, rule: Record<string, unknown>): Record<string, unknown> {
  const call = { RegionId: REGION, SecurityGroupId: groupId };
  return RULE_FIELDS.has(path) ? { ...call, ...rule } : { ...call, Permissions: [rule] };
}

/** A valid call of each action on the probe world: what a parameter is added to. */
const BASE: Record<string, (w: ProbeWorld, path: string) => Record<string, unknown>> = {
  DescribeRegions: () => ({}),
  DescribeZones: () => ({ RegionId: REGION }),
  CreateVpc: () => ({ RegionId: REGION, CidrBlock: '172.16.0.0/12' }),
  DescribeVpcs: () => ({ RegionId: REGION }),
  RunInstances: (w, path) => ({
    RegionId: REGION,
    VSwitchId: w.vSwitchId,
    ImageId: IMAGE,
    SecurityGroupIds: [w.groupB],
    ...(path === 'UniqueSuffix' ? { InstanceName: 'web', Amount: 2 } : {}),
  }),
  DescribeInstances: () => ({ RegionId: REGION }),
  StartInstance: (w) => ({ InstanceId: w.instanceB }),
  StopInstance: (w) => ({ InstanceId: w.instanceA }),
  ModifyInstanceAttribute: (w) => ({ InstanceId: w.instanceA }),
  DescribeNetworkInterfaces: () => ({ RegionId: REGION }),
  CreateNetworkInterface: (w) => ({
    RegionId: REGION,
    VSwitchId: w.vSwitchId,
    SecurityGroupIds: [w.groupB],
  }),
  AttachNetworkInterface: (w) => ({
    RegionId: REGION,
    NetworkInterfaceId: w.eniB,
    InstanceId: w.instanceB,
  }),
  DetachNetworkInterface: (w) => ({
    RegionId: REGION,
    NetworkInterfaceId: w.eniA,
    InstanceId: w.instanceA,
  }),
  DeleteNetworkInterface: (w) => ({
    RegionId: REGION,
    NetworkInterfaceId: w.eniB,
  }),
  ModifyNetworkInterfaceAttribute: (w) => ({
    RegionId: REGION,
    NetworkInterfaceId: w.eniB,
  }),
  JoinSecurityGroup: (w) => ({
    RegionId: REGION,
    InstanceId: w.instanceA,
    SecurityGroupId: w.groupB,
  }),
  LeaveSecurityGroup: (w) => ({
    RegionId: REGION,
    NetworkInterfaceId: w.eniA,
    SecurityGroupId: w.groupA,
  }),
  CreateSecurityGroup: (w) => ({ RegionId: REGION, VpcId: w.vpcId }),
  DescribeSecurityGroups: (_w, path) => ({
    RegionId: REGION,
    ...(path === 'FuzzyQuery' ? { SecurityGroupName: 'sg' } : {}),
  }),
  DescribeSecurityGroupAttribute: (w) => ({
    RegionId: REGION,
    SecurityGroupId: w.groupA,
  }),
  ModifySecurityGroupAttribute: (w) => ({
    RegionId: REGION,
    SecurityGroupId: w.groupB,
  }),
  ModifySecurityGroupPolicy: (w) => ({
    RegionId: REGION,
    SecurityGroupId: w.groupB,
    InnerAccessPolicy: 'Drop',
  }),
  DeleteSecurityGroup: (w) => ({ RegionId: REGION, SecurityGroupId: w.groupB }),
  DescribeSecurityGroupReferences: (w) => ({
    RegionId: REGION,
    SecurityGroupId: [w.groupA],
  }),
  AuthorizeSecurityGroup: (w, path) =>
    ruleCall(w.groupB, path, {
      IpProtocol: 'TCP',
      PortRange: '80/80',
      SourceGroupId: w.groupA,
    }),
  AuthorizeSecurityGroupEgress: (w, path) =>
    ruleCall(w.groupB, path, {
      IpProtocol: 'TCP',
      PortRange: '80/80',
      DestGroupId: w.groupA,
    }),
  RevokeSecurityGroup: (w, path) =>
    isRuleField(path)
      ? ruleCall(w.groupA, path, {
          IpProtocol: 'TCP',
          PortRange: '80/80',
          SourceGroupId: w.groupB,
        })
      : {
          RegionId: REGION,
          SecurityGroupId: w.groupA,
          SecurityGroupRuleId: [w.ruleA],
        },
  RevokeSecurityGroupEgress: (w, path) =>
    isRuleField(path)
      ? ruleCall(w.groupA, path, {
          IpProtocol: 'TCP',
          PortRange: '80/80',
          DestGroupId: w.groupB,
        })
      : {
          RegionId: REGION,
          SecurityGroupId: w.groupA,
          SecurityGroupRuleId: [w.egressRuleA],
        },
  ModifySecurityGroupRule: (w, path) => ({
    RegionId: REGION,
    SecurityGroupId: w.groupA,
    SecurityGroupRuleId: path.startsWith('SourceGroup') ? w.groupRuleA : w.ruleA,
  }),
  ModifySecurityGroupEgressRule: (w, path) => ({
    RegionId: REGION,
    SecurityGroupId: w.groupA,
    SecurityGroupRuleId: path.startsWith('DestGroup') ? w.groupEgressRuleA : w.egressRuleA,
  }),
  TagResources: (w) => ({
    RegionId: REGION,
    ResourceType: 'securitygroup',
    ResourceId: [w.groupB],
    Tag: [{ Key: 'team', Value: 'web' }],
  }),
  UntagResources: (w, path) => ({
    RegionId: REGION,
    ResourceType: 'securitygroup',
    ResourceId: [w.groupA],
    ...(path === 'All' ? {} : { TagKey: ['env'] }),
  }),
  ListTagResources: () => ({ RegionId: REGION, ResourceType: 'securitygroup' }),
  CreatePrefixList: () => ({
    RegionId: REGION,
    PrefixListName: 'new',
    AddressFamily: 'IPv4',
    MaxEntries: 5,
  }),
  ModifyPrefixList: (w) => ({ RegionId: REGION, PrefixListId: w.prefixList }),
  DeletePrefixList: (w) => ({ RegionId: REGION, PrefixListId: w.prefixList }),
  DescribePrefixLists: () => ({ RegionId: REGION }),
  DescribePrefixListAttributes: (w) => ({
    RegionId: REGION,
    PrefixListId: w.prefixList,
  }),
  DescribePrefixListAssociations: (w) => ({
    RegionId: REGION,
    PrefixListId: w.prefixList,
  }),
  CreatePortRangeList: () => ({
    RegionId: REGION,
    PortRangeListName: 'new',
    MaxEntries: 5,
  }),
  ModifyPortRangeList: (w) => ({
    RegionId: REGION,
    PortRangeListId: w.portList,
  }),
  DeletePortRangeList: (w) => ({
    RegionId: REGION,
    PortRangeListId: w.portList,
  }),
  DescribePortRangeLists: () => ({ RegionId: REGION }),
  DescribePortRangeListEntries: (w) => ({
    RegionId: REGION,
    PortRangeListId: w.portList,
  }),
  DescribePortRangeListAssociations: (w) => ({
    RegionId: REGION,
    PortRangeListId: w.portList,
  }),
};

/**
 * Values to try, by parameter (`Action.Param` first, then the parameter's path, then its last name). A parameter
 * is classified by the first value that shows an effect or a refusal. Types decide the rest.
 */
const VALUES: Record<string, (w: ProbeWorld) => unknown[]> = {
  ClientToken: () => ['probe-token'],
  DryRun: () => [true],
  OwnerId: () => [Number(WORLD_ACCOUNT_ID), 1],
  ResourceOwnerId: () => [Number(WORLD_ACCOUNT_ID), 1],
  ResourceGroupId: () => ['rg-probe0000000001'],
  MaxResults: () => [1, 10, 500, 100_000],
  NextToken: () => ['1'],
  PageNumber: () => [2],
  PageSize: () => [1],
  RegionId: () => ['cn-shanghai', 'mars-1'],
  ZoneId: () => ['cn-hangzhou-i', 'mars-1a'],
  InstanceId: (w) => [w.instanceB, 'i-probe'],
  SecurityGroupId: (w) => [w.groupA, w.groupB, 'sg-probe'],
  SecurityGroupIds: (w) => [[w.groupA, w.groupB], JSON.stringify([w.groupB])],
  VpcId: () => ['vpc-probe'],
  VSwitchId: () => ['vsw-probe'],
  NetworkInterfaceId: (w) => [w.eniA, [w.eniA], 'eni-probe', ['eni-probe']],
  PrivateIpAddress: () => ['10.0.1.200', ['10.0.1.200']],
  PrimaryIpAddress: () => ['10.0.1.201'],
  PrivateIpAddresses: () => [JSON.stringify(['10.0.1.200'])],
  InstanceIds: (w) => [JSON.stringify([w.instanceB])],
  InstanceType: () => ['ecs.c7.large'],
  ImageId: () => ['win2022_21H2_x64_dtc_en-us_40G_alibase_20240101.vhd'],
  Status: () => ['Stopped', 'InUse'],
  'RunInstances.Amount': () => [2],
  Amount: () => [2],
  MinAmount: () => [2],
  Priority: () => ['7'],
  Policy: () => ['drop'],
  IpProtocol: () => ['UDP'],
  PortRange: () => ['81/81'],
  SourceCidrIp: () => ['192.168.0.0/16'],
  DestCidrIp: () => ['192.168.0.0/16'],
  Ipv6SourceCidrIp: () => ['2001:db8::/32'],
  Ipv6DestCidrIp: () => ['2001:db8::/32'],
  SourceGroupOwnerAccount: () => ['someone-else@example.com'],
  DestGroupOwnerAccount: () => ['someone-else@example.com'],
  SourceGroupOwnerId: () => [1],
  DestGroupOwnerId: () => [1, '1'],
  SourcePrefixListId: (w) => [w.prefixList, 'pl-probe'],
  PrefixListId: (w) => [w.prefixList, 'pl-probe', ['pl-probe']],
  DestPrefixListId: (w) => [w.prefixList, 'pl-probe'],
  PortRangeListId: (w) => [w.portList, 'prl-probe', ['prl-probe']],
  SourceGroupId: (w) => [w.groupB, w.groupA, 'sg-probe'],
  DestGroupId: (w) => [w.groupB, w.groupA, 'sg-probe'],
  InnerAccessPolicy: () => ['Accept', 'Drop'],
  SecurityGroupType: () => ['enterprise'],
  AddressFamily: () => ['IPv6'],
  MaxEntries: () => [1, 2],
  Cidr: () => ['172.16.0.0/12'],
  'Entry[].Cidr': () => ['172.17.0.0/16', 'probe'],
  'AddEntry[].Cidr': () => ['172.17.0.0/16', 'probe'],
  'RemoveEntry[].Cidr': () => ['192.168.0.0/16'],
  'Entry[].PortRange': () => ['8081/8081', 'probe'],
  'AddEntry[].PortRange': () => ['8081/8081', 'probe'],
  'RemoveEntry[].PortRange': () => ['80/80'],
  'Tag[].Key': () => ['env', 'probe'],
  'Tag[].Value': () => ['prod', 'probe'],
  'TagFilter[].TagKey': () => ['env', 'probe'],
  'TagFilter[].TagValues': () => [['prod'], ['probe']],
  TagKey: () => [['env'], ['team']],
  ResourceId: (w) => [[w.groupA], ['sg-probe']],
  ResourceType: () => ['instance', 'eni', 'disk'],
  All: () => [true],
  Direction: () => ['egress', 'ingress'],
  NetworkType: () => ['classic', 'vpc'],
  FuzzyQuery: () => [true],
  'DescribeSecurityGroups.SecurityGroupName': () => ['sg', 'sg-a'],
  InstanceName: () => ['web001', 'probe'],
  NetworkInterfaceName: () => ['eni-a', 'probe'],
  Type: () => ['Primary', 'Secondary'],
  CidrBlock: () => ['10.0.0.0/8', 'probe'],
  IsDefault: () => [true],
  AcceptLanguage: () => ['en-US', 'ja'],
  'DescribeSecurityGroupAttribute.Attribute': () => ['snapshotPolicyIds'],
  'Filter[].Value': () => ['2000-01-01T00:00Z', '2099-01-01T00:00Z'],
};

/** Seeds for a nested item when the base call has none: a parameter inside it is added to this. */
const ITEM_SEEDS: Record<string, Record<string, unknown>> = {
  Tag: { Key: 'env' },
  TagFilter: { TagKey: 'env' },
  Filter: { Key: 'CreationStartTime' },
  'CreatePrefixList.Entry': { Cidr: '172.16.0.0/12' },
  'ModifyPrefixList.AddEntry': { Cidr: '172.16.0.0/12' },
  'CreatePortRangeList.Entry': { PortRange: '8080/8080' },
  'ModifyPortRangeList.AddEntry': { PortRange: '8080/8080' },
};

const seedOf = (action: string, outer: string) => ITEM_SEEDS[`${action}.${outer}`] ?? ITEM_SEEDS[outer];

const STRING_VALUES = ['probe-x', ''];

function valuesFor(action: string, path: string, type: SdkType, w: ProbeWorld): unknown[] {
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  const given = VALUES[`${action}.${path}`] ?? VALUES[path] ?? VALUES[leaf];
  if (given) return given(w);
  switch (type.kind) {
    case 'string':
    case 'any':
      return STRING_VALUES;
    case 'number':
      return [7, 0];
    case 'boolean':
      return [true, false];
    case 'array':
      return type.item.kind === 'model' ? [] : [['probe-x']];
    default:
      return [];
  }
}

/** One parameter to classify: `ClientToken`, `Permissions[].SourceGroupOwnerAccount`, `SystemDisk.Category`. */
interface Param {
  path: string;
  type: SdkType;
}

function paramsOf(model: { fields: Map<string, SdkType> }, prefix = ''): Param[] {
  return [...model.fields].flatMap(([name, type]) => {
    const path = `${prefix}${name}`;
    if (type.kind === 'model') return paramsOf(type.model, `${path}.`);
    if (type.kind === 'array' && type.item.kind === 'model') return paramsOf(type.item.model, `${path}[].`);
    return [{ path, type }];
  });
}

/** Fields a parameter takes the place of in the base rule (the API ignores a list ID next to a range or peer). */
const REPLACES: Record<string, string[]> = {
  PortRangeListId: ['PortRange'],
  SourcePrefixListId: ['SourceGroupId', 'SourceCidrIp'],
  DestPrefixListId: ['DestGroupId', 'DestCidrIp'],
};

function replacing(item: Record<string, unknown>, name: string): Record<string, unknown> {
  const out = { ...item };
  for (const field of REPLACES[name] ?? []) delete out[field];
  return out;
}

/** The call with the parameter at `path` set (nested items inside the base's first item, or a seed). */
function withParam(
  action: string,
  base: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const list = /^(\w+)\[\]\.(\w+)$/.exec(path);
  if (list) {
    const [, outer, inner] = list as unknown as [string, string, string];
    const items = base[outer];
    const first = Array.isArray(items) && items.length > 0 ? (items[0] as object) : (seedOf(action, outer) ?? {});
    return {
      ...base,
      [outer]: [
        {
          ...replacing(first as Record<string, unknown>, inner),
          [inner]: value,
        },
      ],
    };
  }
  const nested = /^(\w+)\.(\w+)$/.exec(path);
  if (nested) {
    const [, outer, inner] = nested as unknown as [string, string, string];
    return {
      ...base,
      [outer]: {
        ...((base[outer] as object | undefined) ?? {}),
        [inner]: value,
      },
    };
  }
  return { ...replacing(base, path), [path]: value };
}

/** What the parameter is compared against: the base call, with the seed item a nested parameter goes into. */
function withoutParam(action: string, base: Record<string, unknown>, path: string): Record<string, unknown> {
  const outer = /^(\w+)\[\]\./.exec(path)?.[1];
  const seed = outer === undefined ? undefined : seedOf(action, outer);
  if (outer === undefined || base[outer] !== undefined || !seed) return base;
  return { ...base, [outer]: [seed] };
}

type Verdict =
  | { kind: 'handled'; value: unknown }
  | { kind: 'refused'; value: unknown; code: string }
  | {
      kind: 'refused without naming it';
      value: unknown;
      code: string;
      field: string | undefined;
    }
  | { kind: 'ignored' }
  | { kind: 'not read' };

const isError = (o: Outcome): o is { code: string; field: string | undefined } => 'code' in o;

/** `Permissions.0.SourceGroupOwnerAccount` was read: `Permissions[].SourceGroupOwnerAccount` is. */
function readsParam(reads: Set<string>, path: string): boolean {
  return [...reads].some((read) => read.replace(/\.\d+/g, '[]') === path);
}

function verdictOf(path: string, value: unknown, withIt: ProbeResult, without: ProbeResult): Verdict | null {
  const leaf = path.slice(path.lastIndexOf('.') + 1).replace('[]', '');
  const same = JSON.stringify(withIt.outcomes) === JSON.stringify(without.outcomes) && withIt.world === without.world;
  if (same) return null;
  const failed = withIt.outcomes.find(isError);
  if (failed && !without.outcomes.some((o) => isError(o) && o.code === failed.code)) {
    if (failed.code === 'DryRunOperation') return { kind: 'handled', value };
    const root = path.split(/[.[]/)[0]!;
    const names =
      (failed.field !== undefined && (failed.field.includes(leaf) || failed.field === root)) ||
      failed.code.includes(leaf.replace(/^NetworkInterface/, 'Eni'));
    return names
      ? { kind: 'refused', value, code: failed.code }
      : {
          kind: 'refused without naming it',
          value,
          code: failed.code,
          field: failed.field,
        };
  }
  return { kind: 'handled', value };
}

async function classify(action: string, param: Param, w: ProbeWorld): Promise<Verdict> {
  const base = BASE[action]!(w, param.path);
  const without = await probe(action, withoutParam(action, base, param.path));
  let read = false;
  let unclear: Verdict | null = null;
  for (const value of valuesFor(action, param.path, param.type, w)) {
    const withIt = await probe(action, withParam(action, base, param.path, value));
    read ||= readsParam(withIt.reads, param.path);
    const verdict = verdictOf(param.path, value, withIt, without);
    if (verdict?.kind === 'handled' || verdict?.kind === 'refused') return read ? verdict : { kind: 'not read' };
    unclear ??= verdict;
  }
  return unclear ?? { kind: read ? 'ignored' : 'not read' };
}

const appliesTo = (entry: AcceptedException, action: string, path: string) =>
  (entry.action === '*' || entry.action === action) && entry.param === path;

describe('SDK request parameters (issue 12)', () => {
  const actions = actionsInSdk(Object.keys(registry));

  it('covers every registered action the SDK has', () => {
    expect(Object.keys(BASE).sort()).toEqual([...actions].sort());
  });

  it(
    'each works, is refused with a code naming it, or is an accepted exception with a reason',
    { timeout: 600_000 },
    async () => {
      const { world } = await probeWorld();
      const problems: string[] = [];
      const used = new Set<AcceptedException>();
      for (const action of actions) {
        for (const param of paramsOf(sdkRequest(action)!)) {
          const accepted = ACCEPTED_EXCEPTIONS.find((e) => appliesTo(e, action, param.path));
          const verdict = await classify(action, param, world);
          const fine = verdict.kind === 'handled' || verdict.kind === 'refused';
          if (accepted && !fine) used.add(accepted);
          else if (accepted) problems.push(`${action} ${param.path}: now ${verdict.kind}, drop its exception`);
          else if (!fine) problems.push(`${action} ${param.path}: ${JSON.stringify(verdict)}`);
        }
      }
      for (const entry of ACCEPTED_EXCEPTIONS) {
        if (!used.has(entry) && !problems.some((p) => p.includes(` ${entry.param}: now`))) {
          problems.push(`exception ${entry.action} ${entry.param} applies to no parameter`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
