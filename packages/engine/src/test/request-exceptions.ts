/**
 * SDK request parameters the engine accepts without acting on them, each with why (sdk-requests.test.ts). The test
 * fails on a parameter that neither works, is refused with a code naming it, nor is listed here, and on an entry
 * that no longer applies. Most are features outside the product (security groups and what they apply to): they
 * are accepted rather than refused so that real scripts run, since no answer of the engine would show them.
 */
export interface AcceptedException {
  /** An action, or `*` for every action whose request has the parameter. */
  action: string;
  /** The parameter's path in the SDK request: `OwnerId`, `Permissions[].Description`, `SystemDisk.Category`. */
  param: string;
  reason: string;
}

/** `'a b c'` as `['a', 'b', 'c']`: the long lists stay readable in one line each. */
const words = (text: string): string[] => text.split(' ');
const entries = (action: string, params: readonly string[], reason: string): AcceptedException[] =>
  params.map((param) => ({ action, param, reason }));
const nested = (prefix: string, fields: readonly string[]) => fields.map((f) => `${prefix}.${f}`);

const ACCOUNT =
  'Reserved account parameter of every ECS call (caller and resource owner). A world has one account ' +
  '(model/account.ts), so there is no other owner to act for: the answer is the same with or without it.';
const DISKS =
  'Disks are outside the product: no action of the engine creates, lists or answers with disks, so no answer ' +
  'differs; accepted so that real launch scripts run.';
const BILLING =
  'Billing beyond the charge type is outside the product: no answer carries an order, a price, a renewal, credits ' +
  'or spot bidding (InstanceChargeType, Period and the public bandwidth are modelled: instance-billing.ts).';
const HARDWARE =
  'Hardware, placement and performance options (CPU, hosts, deployment sets, queues, jumbo frames, traffic ' +
  'modes) are not modelled: no answer of the engine shows them, and traffic is judged by security groups alone.';
const GUEST =
  'Guest settings (passwords, key pairs, user data, host names, RAM roles, metadata and DNS options) are not ' +
  'modelled: the world has no guest operating system and no answer shows them.';
const PUBLIC =
  'IPv6 addresses, address prefixes and ISPs are not modelled: no answer shows them (a Describe filter on them ' +
  'matches nothing, see README "Tags, resource groups and the account").';
const STOP = 'How the guest is stopped and whether it keeps billing: the instance is Stopped either way.';
const REGIONS =
  'What the region and zone lists are narrowed by (sellable charge types and resources, spot, verbose details): ' +
  'every region and zone of the profile offers everything the world has, and no answer lists stock.';

const CPU = ['Core', 'ThreadsPerCore', 'TopologyType', 'NestedVirtualization'];
const DNS = words(
  'EnableInstanceIdDnsAAAARecord EnableInstanceIdDnsARecord EnableIpDnsARecord EnableIpDnsPtrRecord HostnameType',
);
const TRAFFIC = ['NetworkInterfaceTrafficMode', 'QueueNumber', 'QueuePairNumber', 'RxQueueSize', 'TxQueueSize'];
const ENHANCED = words('EnableExpress EnableRss EnableSriov VirtualFunctionQuantity VirtualFunctionTotalQueueNumber');
const TRACKING = ['TcpClosedAndTimeWaitTimeout', 'TcpEstablishedTimeout', 'UdpTimeout'];
const INTERFACE_HARDWARE = [
  ...nested('ConnectionTrackingConfiguration', TRACKING),
  'DeleteOnRelease',
  ...nested('EnhancedNetwork', ENHANCED),
  ...nested('NetworkInterfaceTrafficConfig', TRAFFIC),
  'QueueNumber',
  'RxQueueSize',
  'SourceDestCheck',
  'TxQueueSize',
];
const DISK_FIELDS = words(
  'AutoSnapshotPolicyId BurstingEnabled Category Description DiskName EncryptAlgorithm Encrypted KMSKeyId PerformanceLevel ProvisionedIops Size StorageClusterId',
);
const LAUNCH_INTERFACE = words(
  'DeleteOnRelease NetworkCardIndex NetworkInterfaceTrafficMode QueueNumber QueuePairNumber RxQueueSize SourceDestCheck TxQueueSize',
);

export const ACCEPTED_EXCEPTIONS: readonly AcceptedException[] = [
  ...['OwnerId', 'OwnerAccount', 'ResourceOwnerId', 'ResourceOwnerAccount'].map((param) => ({
    action: '*',
    param,
    reason: ACCOUNT,
  })),
  ...entries('DescribeRegions', ['InstanceChargeType', 'ResourceType'], REGIONS),
  ...entries('DescribeZones', ['InstanceChargeType', 'SpotStrategy', 'Verbose'], REGIONS),
  ...entries('CreateVpc', ['UserCidr'], 'User CIDRs are not modelled (README "VPCs and vSwitches").'),
  // RunInstances: the product launches instances to put them in security groups; the rest of a launch is accepted.
  ...entries(
    'RunInstances',
    [
      ...nested('SystemDisk', DISK_FIELDS),
      ...nested('DataDisk[]', [...DISK_FIELDS, 'DeleteWithInstance', 'Device', 'SnapshotId']),
      'StorageSetId',
      'StorageSetPartitionNumber',
    ],
    DISKS,
  ),
  ...entries(
    'RunInstances',
    [
      'AutoPay',
      'AutoReleaseTime',
      'AutoRenew',
      'AutoRenewPeriod',
      'CreditSpecification',
      'SpotDuration',
      'SpotInterruptionBehavior',
      'SpotPriceLimit',
      'SpotStrategy',
    ],
    BILLING,
  ),
  ...entries(
    'RunInstances',
    [
      ...nested('CpuOptions', [...CPU, 'Numa']),
      'HibernationOptions.Configured',
      'PrivatePoolOptions.Id',
      'PrivatePoolOptions.MatchCriteria',
      'SchedulerOptions.DedicatedHostClusterId',
      'SecurityOptions.ConfidentialComputingMode',
      'SecurityOptions.TrustedSystemMode',
      'SecurityOptions.EnableSecureBoot',
      'Affinity',
      'ClockOptions.PtpStatus',
      'DedicatedHostId',
      'DeploymentSetGroupNo',
      'DeploymentSetId',
      'HpcClusterId',
      'IoOptimized',
      'ManagedHostId',
      'NetworkInterfaceQueueNumber',
      'NetworkOptions.BandwidthWeighting',
      'NetworkOptions.EnableJumboFrame',
      'NetworkOptions.EnableNetworkEncryption',
      'Tenancy',
    ],
    HARDWARE,
  ),
  ...entries(
    'RunInstances',
    [
      ...nested('Arn[]', ['AssumeRoleFor', 'RoleType', 'Rolearn']),
      'HostName',
      'HostNames',
      'ImageOptions.LoginAsNonRoot',
      'KeyPairName',
      'Password',
      'PasswordInherit',
      ...nested('PrivateDnsNameOptions', DNS),
      'RamRoleName',
      'SecurityEnhancementStrategy',
      'UserData',
    ],
    GUEST,
  ),
  ...entries('RunInstances', ['Ipv6Address', 'Ipv6AddressCount', 'Isp'], PUBLIC),
  ...entries(
    'RunInstances',
    ['Period', 'PeriodUnit'],
    'Read only with InstanceChargeType PrePaid (a subscription), as the real API does; instance-billing.test.ts tries them there.',
  ),
  ...entries('RunInstances', nested('NetworkInterface[]', LAUNCH_INTERFACE), HARDWARE),
  ...entries('RunInstances', nested('NetworkInterface[]', ['Ipv6Address', 'Ipv6AddressCount']), PUBLIC),
  ...entries(
    'RunInstances',
    ['LaunchTemplateVersion', 'ImageFamily'],
    'A version is read only with a template, and naming a template is refused (the world has none: InvalidLaunchTemplate.NotFound); image families are not modelled: the call names the image (ImageId is required).',
  ),
  ...entries(
    'RunInstances',
    ['MinAmount'],
    'All or nothing: a vSwitch without room for Amount instances is refused (InvalidVSwitchId.IpNotEnough) rather than launching MinAmount.',
  ),
  ...entries(
    'RunInstances',
    ['DeletionProtection'],
    'Instances are never released in the world (there is no DeleteInstance), so release protection has nothing to guard and no answer shows it.',
  ),
  ...entries('StartInstance', ['InitLocalDisk'], DISKS),
  ...entries('StopInstance', ['ConfirmStop', 'ForceStop', 'Hibernate', 'StoppedMode'], STOP),
  ...entries(
    'ModifyInstanceAttribute',
    [
      ...nested('CpuOptions', CPU),
      'CreditSpecification',
      'EnableJumboFrame',
      'EnableNetworkEncryption',
      'NetworkInterfaceQueueNumber',
    ],
    HARDWARE,
  ),
  ...entries(
    'ModifyInstanceAttribute',
    [
      'HostName',
      'Password',
      ...nested('PrivateDnsNameOptions', DNS),
      'Recyclable',
      'RemoteConnectionOptions.Password',
      'RemoteConnectionOptions.Type',
      'UserData',
    ],
    GUEST,
  ),
  ...entries(
    'ModifyInstanceAttribute',
    ['DeletionProtection'],
    'Instances are never released in the world (there is no DeleteInstance), so release protection has nothing to guard and no answer shows it.',
  ),
  ...entries(
    'DescribeInstances',
    ['AdditionalAttributes', 'NeedSaleCycle'],
    'They ask the answer for fields the engine does not model (sale cycles, metadata tags, dedicated hosts...), not which instances.',
  ),
  ...entries(
    'CreateNetworkInterface',
    [
      'Ipv4Prefix',
      'Ipv4PrefixCount',
      'Ipv6Address',
      'Ipv6AddressCount',
      'Ipv6Prefix',
      'Ipv6PrefixCount',
      'EnablePrimaryIPv6',
    ],
    PUBLIC,
  ),
  ...entries(
    'CreateNetworkInterface',
    [...INTERFACE_HARDWARE, 'BusinessType', 'NetworkInterfaceTrafficMode', 'QueuePairNumber', 'Visible'],
    HARDWARE,
  ),
  ...entries('ModifyNetworkInterfaceAttribute', INTERFACE_HARDWARE, HARDWARE),
  ...entries('ModifyNetworkInterfaceAttribute', ['EnablePrimaryIPv6'], PUBLIC),
  ...entries(
    'AttachNetworkInterface',
    ['NetworkCardIndex', 'TrunkNetworkInstanceId', 'WaitForNetworkConfigurationReady'],
    HARDWARE,
  ),
  ...entries('DetachNetworkInterface', ['TrunkNetworkInstanceId'], HARDWARE),
  ...entries(
    'CreateSecurityGroup',
    ['ServiceManaged'],
    "A managed group is made by its cloud service (ours: CreateServiceManagedSecurityGroup); a user's call makes a user's group.",
  ),
  ...entries(
    'DescribeSecurityGroups',
    ['IsQueryEcsCount'],
    "It asks for EcsCount and AvailableInstanceAmount in the answer, which always carries them (the console's table needs them).",
  ),
  ...entries(
    'DescribeSecurityGroupAttribute',
    ['NicType'],
    "A VPC group's rules are all intranet, and they are listed whichever NicType is asked.",
  ),
  ...['RevokeSecurityGroup', 'RevokeSecurityGroupEgress'].flatMap((action) =>
    entries(
      action,
      ['Description', 'Permissions[].Description'],
      'A rule is found by what it matches (protocol, ports, peer, policy, priority, NIC type), not by its description.',
    ),
  ),
];
