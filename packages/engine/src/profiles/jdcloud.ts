import { jdcloudTemplates } from './jdcloud-templates.ts';
import type { Profile, RuleDialect } from './profile.ts';

/**
 * JD Cloud (spec §12, seed 003): rules only allow (no deny, no priority) and the rules of all of an interface's
 * groups are a union; a new group rejects all inbound and outbound traffic; ports are `22` or `20-22`; at most 50
 * groups per VPC, 100 rules per group and 5 groups per network interface.
 */
export const JDCLOUD_RULES: RuleDialect = {
  ordering: 'union',
  priority: null,
  policies: ['accept'],
  portSyntax: 'jdcloud',
  protocols: ['TCP', 'UDP', 'ICMP', 'ALL'],
  peers: ['ipv4', 'ipv6'],
  quintuple: false,
  portLists: false,
  descriptionMax: 256,
  defaults: 'deny-all',
  groupTypes: ['normal'],
};

const zones = (regionId: string, letters: string[], city: string) =>
  letters.map((l) => ({ ZoneId: `${regionId}${l}`, LocalName: `${city} Availability Zone ${l.toUpperCase()}` }));

/** JD Cloud's OpenAPI answers with a status word and the HTTP code (INVALID_ARGUMENT 400, NOT_FOUND 404, ...). */
export const jdcloudProfile: Profile = {
  name: 'jdcloud',
  displayName: 'JD Cloud',
  regions: [
    {
      RegionId: 'cn-north-1',
      LocalName: 'North China-Beijing',
      RegionEndpoint: 'vpc.jdcloud-api.com',
      Zones: zones('cn-north-1', ['a', 'b', 'c'], 'Beijing'),
    },
    {
      RegionId: 'cn-east-2',
      LocalName: 'East China-Shanghai',
      RegionEndpoint: 'vpc.jdcloud-api.com',
      Zones: zones('cn-east-2', ['a', 'b', 'c'], 'Shanghai'),
    },
    {
      RegionId: 'cn-south-1',
      LocalName: 'South China-Guangzhou',
      RegionEndpoint: 'vpc.jdcloud-api.com',
      Zones: zones('cn-south-1', ['a', 'b'], 'Guangzhou'),
    },
  ],
  limits: {
    groupsPerRegion: 1000,
    groupsPerVpc: 50,
    rulesPerGroup: 100,
    rulesPerDirection: null,
    groupRulesPerGroup: 0,
    groupsPerInterface: 5,
    rulesPerInterface: 500,
    permissionsPerCall: 100,
    tagsPerResource: 10,
    privateIpsPerBasicGroup: 2000,
    interfacesPerAdvancedGroup: 2000,
    prefixListsPerRegion: 0,
    portRangeListsPerRegion: 0,
    prefixListMaxEntries: 0,
    portRangeListMaxEntries: 0,
    listEntriesPerCall: 0,
    listAssociations: 0,
  },
  // createVpc and createSubnet: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and their subnets, masks 16 to 28.
  network: {
    vpcCidrRanges: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
    vpcMask: { min: 16, max: 28 },
    vSwitchMask: { min: 16, max: 28 },
    defaultVpcCidr: '10.0.0.0/16',
  },
  ids: { length: 10, regionMarked: false, prefixes: { vsw: 'subnet', eni: 'port' } },
  rules: JDCLOUD_RULES,
  templates: jdcloudTemplates,
  // Ours: JD's instance wizard asks for a group; launched without one, an instance gets the Linux template's group.
  defaultGroup: { name: 'default', description: 'Default security group', templateId: 'linux-22' },
  errors: [
    {
      match: /^QuotaExceed\.SecurityGroupPerVpc$/,
      Code: 'QUOTA_EXCEEDED',
      HttpStatus: 429,
      Message: 'The number of security groups under selected virtual private cloud resource has reached 50',
    },
    { match: /^(?!StorageQuota).*(LimitExceed|QuotaExceed)/, Code: 'QUOTA_EXCEEDED', HttpStatus: 429 },
    { match: /\.NotFound$/, Code: 'NOT_FOUND', HttpStatus: 404 },
    { match: /^DependencyViolation|^InvalidOperation\.(?!Conflict)/, Code: 'FAILED_PRECONDITION', HttpStatus: 400 },
    {
      match: /^(MissingParameter|Invalid(?!Operation\.Conflict)|OperationDenied|IllegalParam)/,
      Code: 'INVALID_ARGUMENT',
      HttpStatus: 400,
    },
  ],
};
