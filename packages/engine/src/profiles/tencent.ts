import type { Profile, RuleDialect } from './profile.ts';
import { tencentTemplates } from './tencent-templates.ts';

/**
 * Tencent Cloud CVM (spec §11, seed 002): rules have no priority number; their position decides, first match wins
 * from the top (ACCEPT or DROP); ports are `80`, `80,443`, `8000-8010` or `ALL`; a group without rules rejects all
 * traffic both ways and instances of one group are not interconnected by default.
 */
export const TENCENT_RULES: RuleDialect = {
  ordering: 'position',
  priority: null,
  policies: ['accept', 'drop'],
  portSyntax: 'tencent',
  protocols: ['TCP', 'UDP', 'ICMP', 'ICMPv6', 'GRE', 'ALL'],
  peers: ['ipv4', 'ipv6', 'group'],
  quintuple: false,
  portLists: false,
  descriptionMax: 100,
  defaults: 'deny-all',
  groupTypes: ['normal'],
};

const zones = (regionId: string, numbers: number[], city: string) =>
  numbers.map((n) => ({ ZoneId: `${regionId}-${n}`, LocalName: `${city} Zone ${n}` }));

export const tencentProfile: Profile = {
  name: 'tencent',
  displayName: 'Tencent Cloud CVM',
  regions: [
    {
      RegionId: 'ap-guangzhou',
      LocalName: 'South China (Guangzhou)',
      RegionEndpoint: 'vpc.ap-guangzhou.tencentcloudapi.com',
      Zones: zones('ap-guangzhou', [3, 4, 6], 'Guangzhou'),
    },
    {
      RegionId: 'ap-shanghai',
      LocalName: 'East China (Shanghai)',
      RegionEndpoint: 'vpc.ap-shanghai.tencentcloudapi.com',
      Zones: zones('ap-shanghai', [2, 4, 5], 'Shanghai'),
    },
    {
      RegionId: 'ap-beijing',
      LocalName: 'North China (Beijing)',
      RegionEndpoint: 'vpc.ap-beijing.tencentcloudapi.com',
      Zones: zones('ap-beijing', [3, 5, 6], 'Beijing'),
    },
  ],
  // DescribeSecurityGroupLimits' documented example (50 groups) and the ECM values of §11 (100 rules per direction,
  // 5 groups per instance); the CVM values themselves are not published.
  limits: {
    groupsPerRegion: 50,
    rulesPerGroup: 200,
    rulesPerDirection: 100,
    groupRulesPerGroup: 200,
    groupsPerInterface: 5,
    rulesPerInterface: 1000,
    permissionsPerCall: 100,
    tagsPerResource: 50,
    privateIpsPerBasicGroup: 2000,
    interfacesPerAdvancedGroup: 2000,
    prefixListsPerRegion: 0,
    portRangeListsPerRegion: 0,
    prefixListMaxEntries: 0,
    portRangeListMaxEntries: 0,
    listEntriesPerCall: 0,
    listAssociations: 0,
    groupsPerVpc: null,
  },
  // CreateVpc: within 10.0.0.0/12, 172.16.0.0/12 or 192.168.0.0/16, masks /12 to /28 (/16 for 192.168); CreateSubnet:
  // /16 to /28 inside the VPC (spec §11 research: the VPC API's parameter docs).
  network: {
    vpcCidrRanges: ['10.0.0.0/12', '172.16.0.0/12', '192.168.0.0/16'],
    vpcMask: { min: 12, max: 28 },
    vSwitchMask: { min: 16, max: 28 },
    defaultVpcCidr: '10.0.0.0/16',
  },
  ids: { length: 8, regionMarked: false, prefixes: { i: 'ins', vsw: 'subnet' } },
  rules: TENCENT_RULES,
  templates: tencentTemplates,
  // Seed 002: each CVM instance has the two templates for creating a default security group; the group is named so.
  defaultGroup: { name: 'default', description: 'System created security group', templateId: 'open-common-ports' },
  // The VPC API's codes (TencentCloud SDK errors); the engine's specific codes map onto Tencent's general ones.
  errors: [
    { match: /^QuotaExceed\.SecurityGroup$/, Code: 'LimitExceeded', HttpStatus: 400 },
    { match: /^InvalidCidrBlock\.Overlapped$/, Code: 'InvalidParameterValue.SubnetOverlap' },
    { match: /^InvalidCirdrBlock\.MaskLength$/, Code: 'InvalidParameterValue.SubnetRange' },
    { match: /^IllegalParam\./, Code: 'InvalidParameterValue.Malformed' },
    { match: /^AuthorizationLimitExceed$/, Code: 'LimitExceeded.SecurityGroupPolicySet', HttpStatus: 400 },
    { match: /^InvalidParam\.DuplicatePermissions$/, Code: 'UnsupportedOperation.DuplicatePolicy' },
    { match: /^InvalidParam\.Ipv[46]ProtocolConflictWithIpv[46]Address$/, Code: 'InvalidParameter.Coexist' },
    { match: /^InvalidParam\.(Source|Dest)Ip$/, Code: 'InvalidParameter.Coexist' },
    { match: /Discription\.Malformed$|^InvalidDescription\.Malformed$/, Code: 'InvalidParameterValue.TooLong' },
    { match: /^(?!StorageQuota).*(LimitExceed|QuotaExceed)/, Code: 'LimitExceeded', HttpStatus: 400 },
    { match: /\.NotFound$/, Code: 'ResourceNotFound', HttpStatus: 400 },
    { match: /^MissingParameter/, Code: 'MissingParameter' },
    { match: /^DependencyViolation/, Code: 'ResourceInUse' },
    { match: /^Invalid.*(Malformed|ValueNotSupported)$|^InvalidParam\./, Code: 'InvalidParameterValue.Malformed' },
  ],
};
