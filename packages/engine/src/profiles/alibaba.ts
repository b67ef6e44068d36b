import type { Profile, RuleDialect } from './profile.ts';
import { securityGroupTemplates } from './templates.ts';

/** Zones named as DescribeZones names them in English, Chinese (zh-CN) and Japanese (ja). */
const zones = (regionId: string, letters: string[], city: string, [zh, ja]: [string, string]) =>
  letters.map((l) => ({
    ZoneId: `${regionId}-${l}`,
    LocalName: `${city} Zone ${l.toUpperCase()}`,
    LocalNames: { 'zh-CN': `${zh} 可用区${l.toUpperCase()}`, ja: `${ja} ゾーン ${l.toUpperCase()}` },
  }));

/** Alibaba Cloud's rules (spec §3, §8): priority 1–100, accept and drop, ports `a/b`, four kinds of peer. */
export const ALIBABA_RULES: RuleDialect = {
  ordering: 'priority',
  priority: { min: 1, max: 100, default: 1 },
  policies: ['accept', 'drop'],
  portSyntax: 'alibaba',
  protocols: ['TCP', 'UDP', 'ICMP', 'ICMPv6', 'GRE', 'ALL'],
  peers: ['ipv4', 'ipv6', 'group', 'prefixList'],
  quintuple: true,
  portLists: true,
  descriptionMax: 512,
  defaults: 'alibaba',
  groupTypes: ['normal', 'enterprise'],
};

export const alibabaProfile: Profile = {
  name: 'alibaba',
  displayName: 'Alibaba Cloud ECS',
  regions: [
    {
      RegionId: 'cn-hangzhou',
      LocalName: 'China (Hangzhou)',
      LocalNames: { 'zh-CN': '华东1（杭州）', ja: '中国 (杭州)' },
      RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com',
      Zones: zones('cn-hangzhou', ['h', 'i', 'j', 'k'], 'Hangzhou', ['杭州', '杭州']),
    },
    {
      RegionId: 'cn-shanghai',
      LocalName: 'China (Shanghai)',
      LocalNames: { 'zh-CN': '华东2（上海）', ja: '中国 (上海)' },
      RegionEndpoint: 'ecs.cn-shanghai.aliyuncs.com',
      Zones: zones('cn-shanghai', ['e', 'f', 'g', 'l'], 'Shanghai', ['上海', '上海']),
    },
    {
      RegionId: 'cn-beijing',
      LocalName: 'China (Beijing)',
      LocalNames: { 'zh-CN': '华北2（北京）', ja: '中国 (北京)' },
      RegionEndpoint: 'ecs.cn-beijing.aliyuncs.com',
      Zones: zones('cn-beijing', ['g', 'h', 'i', 'j'], 'Beijing', ['北京', '北京']),
    },
    {
      RegionId: 'ap-southeast-1',
      LocalName: 'Singapore',
      LocalNames: { 'zh-CN': '新加坡', ja: 'シンガポール' },
      RegionEndpoint: 'ecs.ap-southeast-1.aliyuncs.com',
      Zones: zones('ap-southeast-1', ['a', 'b', 'c'], 'Singapore', ['新加坡', 'シンガポール']),
    },
  ],
  limits: {
    groupsPerRegion: 100,
    rulesPerGroup: 200,
    groupRulesPerGroup: 20,
    groupsPerInterface: 10,
    rulesPerInterface: 1000,
    permissionsPerCall: 100,
    tagsPerResource: 20,
    privateIpsPerBasicGroup: 6000,
    interfacesPerAdvancedGroup: 65536,
    prefixListsPerRegion: 100,
    portRangeListsPerRegion: 100,
    prefixListMaxEntries: 200,
    portRangeListMaxEntries: 2000,
    listEntriesPerCall: 200,
    listAssociations: 1000,
    groupsPerVpc: null,
    rulesPerDirection: null,
  },
  ids: { length: 20, regionMarked: true, prefixes: {} },
  rules: ALIBABA_RULES,
  errors: [],
  templates: securityGroupTemplates,
  defaultGroup: null,
  // CreateVpc: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or their subnets, 172.16.0.0/12 by default, as the VPC
  // console offers them; CreateVSwitch: a mask of 16 to 29 bits (VPC API 2016-04-28).
  network: {
    vpcCidrRanges: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
    vpcMask: { min: 8, max: 28 },
    vSwitchMask: { min: 16, max: 29 },
    defaultVpcCidr: '172.16.0.0/12',
  },
};
