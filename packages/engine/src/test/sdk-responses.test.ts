import { describe, expect, it } from 'vitest';
import { registry } from '../actions/registry.ts';
import { responseDocs } from './response-docs.ts';
import { SDK_CALLS } from './sdk-calls.ts';
import { actionsInSdk, sdkResponse } from './sdk-models.ts';
import { responseDifferences, type SdkDifference } from './sdk-walk.ts';
import { sdkWorld } from './sdk-world.ts';

/** A difference between an answer and the SDK's model that stays, and why. */
/** A difference between an answer and the SDK's model that stays, and why. */
interface Accepted {
  action: string;
  path: string;
  kind: SdkDifference['kind'];
  reason: string;
}

/** One entry per field (space-separated) under `prefix`, all with the same reason. */
const each = (action: string, prefix: string, fields: string, kind: Kind, reason: string): Accepted[] =>
  fields.split(' ').map((field) => ({ action, path: `${prefix}${field}`, kind, reason }));

type Kind = SdkDifference['kind'];
const MISSING: Kind = 'missing';
const OURS: Kind = 'not in the SDK';
const INSTANCE = 'Instances.Instance[].';
const INSTANCE_ENI = `${INSTANCE}NetworkInterfaces.NetworkInterface[].`;
const ENI = 'NetworkInterfaceSets.NetworkInterfaceSet[].';
const GROUP = 'SecurityGroups.SecurityGroup[].';
const IPV6 = 'not modelled: IPv6 addresses and address prefixes on interfaces';
const PRIVATE_DNS = 'not modelled: private DNS names';
const ACCOUNTS = 'not modelled: accounts (a world has one user)';
const GROUP_PAGE = "ours: the console's group page needs only this one call (DescribeSecurityGroups has it, not this)";
const RULE_IDS = 'ours: the IDs of the rules the call created, so the console can select them';
const LIST_COUNT = "ours: how many lists match, for the console's pager";

/**
 * Every way an answer of the engine may differ from the official SDK's response model, with its reason. The test
 * fails on a difference that is not here and on an entry here that no longer occurs; a field the engine adds
 * (`not in the SDK`) must also say `Ours` in its TSDoc.
 */
const ACCEPTED: Accepted[] = [
  ...each(
    'DescribeZones',
    'Zones.Zone[].',
    'AvailableDedicatedHostTypes AvailableDiskCategories AvailableInstanceTypes AvailableResourceCreation ' +
      'AvailableResources AvailableVolumeCategories DedicatedHostGenerations',
    MISSING,
    'not modelled: disks, dedicated hosts and stock per zone; every instance type of the profile is in every zone',
  ),
  ...each('CreateVpc', '', 'RouteTableId VRouterId', MISSING, 'not modelled: route tables and vRouters (README)'),
  ...each('DescribeVpcs', 'Vpcs.Vpc[].', 'VRouterId', MISSING, 'not modelled: vRouters (README "VPCs and vSwitches")'),
  ...each(
    'DescribeVpcs',
    'Vpcs.Vpc[].',
    'UserCidrs',
    MISSING,
    'not modelled: user CIDRs (README "VPCs and vSwitches")',
  ),

  ...each(
    'RunInstances',
    '',
    'OrderId TradePrice',
    MISSING,
    'not modelled: billing (pay-as-you-go, no order, no price)',
  ),
  ...each(
    'DescribeInstances',
    INSTANCE,
    'AutoReleaseTime CreditSpecification Recyclable SaleCycle SpotDuration SpotInterruptionBehavior SpotPriceLimit ' +
      'SpotStrategy StoppedMode',
    MISSING,
    'not modelled: billing beyond the charge type, spot instances and economical stop modes',
  ),
  ...each(
    'DescribeInstances',
    INSTANCE,
    'AdditionalInfo ClockOptions CpuOptions EnableNVS GPUAmount GPUSpec HibernationOptions ImageOptions ' +
      'LocalStorageAmount LocalStorageCapacity SecurityOptions',
    MISSING,
    'not modelled: hardware beyond vCPUs and memory (instance-hardware.ts: the type name sets them and the interface quota)',
  ),
  ...each(
    'DescribeInstances',
    INSTANCE,
    'ClusterId DedicatedHostAttribute DedicatedInstanceAttribute DeploymentSetGroupNo DeploymentSetId ' +
      'EcsCapacityReservationAttr HpcClusterId',
    MISSING,
    'not modelled: placement (dedicated hosts, deployment sets, capacity reservations, clusters)',
  ),
  ...each(
    'DescribeInstances',
    INSTANCE,
    'EipAddress ISP InnerIpAddress RdmaIpAddress VlanId',
    MISSING,
    'not modelled: EIPs and ISPs; classic-network and RDMA addresses (every instance is in a VPC)',
  ),
  ...each(
    'DescribeInstances',
    INSTANCE,
    'DeletionProtection HostName KeyPairName ' + 'PrivateDnsNameOptions SerialNumber',
    MISSING,
    'not modelled: the guest (host name, key pairs, metadata, DNS names), releasing instances and locks',
  ),
  ...each('DescribeInstances', INSTANCE_ENI, 'Ipv4PrefixSets Ipv6PrefixSets Ipv6Sets', MISSING, IPV6),
  ...each('DescribeInstances', INSTANCE_ENI, 'PrivateIpSets.PrivateIpSet[].PrivateDnsName', MISSING, PRIVATE_DNS),

  ...each('DescribeNetworkInterfaces', ENI, 'Ipv4PrefixSets Ipv6PrefixSets Ipv6Sets', MISSING, IPV6),
  ...each(
    'DescribeNetworkInterfaces',
    ENI,
    'AssociatedPublicIp PrivateIpSets.PrivateIpSet[].AssociatedPublicIp',
    MISSING,
    'not modelled: EIPs',
  ),
  ...each('DescribeNetworkInterfaces', ENI, 'PrivateIpSets.PrivateIpSet[].PrivateDnsName', MISSING, PRIVATE_DNS),
  ...each(
    'DescribeNetworkInterfaces',
    ENI,
    'Attachment DeleteOnRelease NetworkInterfaceTrafficMode QueueNumber QueuePairNumber SourceDestCheck',
    MISSING,
    'not modelled: trunk and multi-card attachment, release with the instance, traffic modes, queues, source/dest check',
  ),
  ...each('DescribeNetworkInterfaces', ENI, 'OwnerId', MISSING, ACCOUNTS),
  ...each('CreateNetworkInterface', '', 'Ipv4PrefixSets Ipv6PrefixSets Ipv6Sets', MISSING, IPV6),
  ...each('CreateNetworkInterface', '', 'SourceDestCheck', MISSING, 'not modelled: source/destination check'),
  ...each('CreateNetworkInterface', '', 'OwnerId', MISSING, ACCOUNTS),

  ...each(
    'DescribeSecurityGroups',
    GROUP,
    'InnerAccessPolicy DeletionProtection',
    OURS,
    "ours: the console's table shows them",
  ),
  ...each('DescribeSecurityGroups', GROUP, 'IsDefault', OURS, "ours: the VPC's default group, which the table marks"),
  ...each('DescribeSecurityGroupAttribute', '', 'SecurityGroupType ServiceManaged CreationTime Tags', OURS, GROUP_PAGE),
  ...each(
    'DescribeSecurityGroupAttribute',
    '',
    'DeletionProtection',
    OURS,
    "ours: the group page's Deletion Protection",
  ),
  ...each(
    'DescribeSecurityGroupAttribute',
    '',
    'RuleQuotaUsed',
    OURS,
    "ours: the rule quota as the engine counts it (a list counts as its MaxEntries), for the console's quota bar",
  ),
  ...each(
    'DescribeSecurityGroupAttribute',
    '',
    'DefaultRules',
    OURS,
    "ours: the type's implicit default rules, so the group's page lists what the evaluator applies",
  ),
  ...each('AuthorizeSecurityGroup', '', 'SecurityGroupRuleIds', OURS, RULE_IDS),
  ...each('AuthorizeSecurityGroupEgress', '', 'SecurityGroupRuleIds', OURS, RULE_IDS),

  ...each('DescribePrefixLists', 'PrefixLists.PrefixList[].', 'EntryCount', OURS, "ours: the console's table shows it"),
  ...each('DescribePrefixLists', '', 'TotalCount', OURS, LIST_COUNT),
  ...each(
    'DescribePrefixListAssociations',
    'PrefixListAssociations.PrefixListAssociation[].',
    'SecurityGroupName SecurityGroupRuleIds',
    OURS,
    "ours: the group's name and the rules naming the list, for the list's page",
  ),
  ...each('DescribePrefixListAssociations', '', 'TotalCount', OURS, 'ours: how many groups use the list'),
  ...each('DescribePortRangeLists', 'PortRangeLists[].', 'EntryCount', OURS, "ours: the console's table shows it"),
  ...each('DescribePortRangeLists', '', 'TotalCount', OURS, LIST_COUNT),
  ...each(
    'DescribePortRangeListAssociations',
    'PortRangeListAssociations[].',
    'SecurityGroupName SecurityGroupRuleIds',
    OURS,
    "ours: the group's name and the rules naming the list, for the list's page",
  ),
  ...each('DescribePortRangeListAssociations', '', 'TotalCount', OURS, 'ours: how many groups use the list'),
];

const key = (d: Pick<Accepted, 'action' | 'path' | 'kind'>) => `${d.action} ${d.kind} ${d.path}`;

/** The arrays an answer holds at a path such as `Instances.Instance[].Tags.Tag`. */
function arraysAt(answer: unknown, path: string): unknown[][] {
  let values: unknown[] = [answer];
  for (const step of path.split('.')) {
    const name = step.replace(/\[\]$/, '');
    values = values.map((v) => (v as Record<string, unknown> | undefined)?.[name]);
    if (step.endsWith('[]')) values = values.flatMap((v) => (Array.isArray(v) ? v : []));
  }
  return values.filter((v): v is unknown[] => Array.isArray(v));
}

const ACTIONS = actionsInSdk(Object.keys(registry));

describe('answers against the official SDK (issue 12)', () => {
  it('calls every registered action the SDK has', () => {
    expect(Object.keys(SDK_CALLS).sort()).toEqual([...ACTIONS].sort());
  });

  it('differ from the SDK only as the table says, and the table lists nothing that no longer happens', async () => {
    const world = await sdkWorld();
    const found = new Map<string, SdkDifference & { action: string }>();
    for (const action of ACTIONS) {
      const { call, filled = [] } = SDK_CALLS[action]!;
      const answer = await call(world);
      for (const path of filled) {
        expect(
          arraysAt(answer, path).some((list) => list.length > 0),
          `${action}: ${path} has items`,
        ).toBe(true);
      }
      for (const d of responseDifferences(answer, sdkResponse(action)!))
        found.set(key({ action, ...d }), { action, ...d });
    }
    const accepted = new Set(ACCEPTED.map(key));
    const unexpected = [...found.values()].filter((d) => !accepted.has(key(d)));
    const stale = ACCEPTED.filter((a) => !found.has(key(a)));
    expect(unexpected, 'differences the table does not accept').toEqual([]);
    expect(stale, 'table entries that no longer occur').toEqual([]);
    expect(new Set(ACCEPTED.map(key)).size, 'one entry per difference').toBe(ACCEPTED.length);
  });

  it('says "Ours" in the TSDoc of every field the engine adds', () => {
    const docOf = responseDocs(ACTIONS);
    const undocumented = ACCEPTED.filter((a) => a.kind === 'not in the SDK')
      .map((a) => ({ field: `${a.action} ${a.path}`, doc: docOf(a.action, a.path) }))
      .filter(({ doc }) => !doc?.startsWith('Ours'));
    expect(undocumented).toEqual([]);
  });

  it('says "Ours" for every top-level field of a response type the SDK lacks, even one only another cloud answers', () => {
    const docOf = responseDocs(ACTIONS);
    const undocumented = ACTIONS.flatMap((action) => {
      const sdk = sdkResponse(action)!.fields;
      return docOf
        .fieldsOf(action)
        .filter((field) => !sdk.has(field) && !docOf(action, field)?.startsWith('Ours'))
        .map((field) => `${action} ${field}`);
    });
    expect(undocumented).toEqual([]);
  });
});
