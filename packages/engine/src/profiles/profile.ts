import type { IdShape } from '../ids.ts';
import type { RuleEntityType } from '../model/rule-draft.ts';
import type { IpProtocol, RulePolicy, SecurityGroupType } from '../model/security-group.ts';
import type { SecurityGroupTemplate } from './templates.ts';

/**
 * A cloud's behaviour as data: regions, limits, ID formats, its rule dialect and its error codes. Alibaba Cloud is
 * the default; Tencent Cloud and JD Cloud differ where the spec (§11, §12) says they do. A world belongs to one
 * cloud: the engine is created with its profile and every action reads the behaviour from it.
 */
export type CloudName = 'alibaba' | 'tencent' | 'jdcloud';
/** The languages DescribeRegions and DescribeZones answer in (AcceptLanguage); English is the emulator's default. */
export type AnswerLanguage = 'en-US' | 'zh-CN' | 'ja';

/** A name in the other answer languages; a profile without them answers in English whatever is asked. */
export type LocalNames = Partial<Record<Exclude<AnswerLanguage, 'en-US'>, string>>;

export interface ZoneInfo {
  ZoneId: string;
  LocalName: string;
  LocalNames?: LocalNames;
}

export interface RegionInfo {
  RegionId: string;
  LocalName: string;
  LocalNames?: LocalNames;
  RegionEndpoint: string;
  Zones: ZoneInfo[];
}

export interface Limits {
  /** Security groups per region (quota q_security-groups). */
  groupsPerRegion: number;
  /** Rules (both directions) per group; the docs now cap only per interface, 200 is the last stated cap. */
  rulesPerGroup: number;
  /** Rules that reference another security group, per basic group. */
  groupRulesPerGroup: number;
  /** Security groups per network interface. */
  groupsPerInterface: number;
  /** Rules across all groups of one network interface. */
  rulesPerInterface: number;
  /** Permissions or rule IDs in one Authorize/Revoke call. */
  permissionsPerCall: number;
  /** Tags per resource. */
  tagsPerResource: number;
  /** Private IPs across the members of one basic group (quota q_vpc-normal-security-group-ip-count). */
  privateIpsPerBasicGroup: number;
  /** Network interfaces in one advanced (enterprise) group. */
  interfacesPerAdvancedGroup: number;
  /** Prefix lists per region (100, spec §6). */
  prefixListsPerRegion: number;
  /** Port lists per region: the real quota's value is not documented (spec §10); ours is 100, as for prefix lists. */
  portRangeListsPerRegion: number;
  /** Highest MaxEntries of a prefix list (200). */
  prefixListMaxEntries: number;
  /** Highest MaxEntries of a port list (2000). */
  portRangeListMaxEntries: number;
  /** Entries in one Entry, AddEntry or RemoveEntry parameter (N up to 200). */
  listEntriesPerCall: number;
  /** Resources (security groups) one prefix list or port list may be associated with (1,000). */
  listAssociations: number;
  /** Security groups in one VPC, where the cloud counts them so (JD: 50); null when only the region counts. */
  groupsPerVpc: number | null;
  /** Rules of one direction per group, where the cloud caps each direction (Tencent); null otherwise. */
  rulesPerDirection: number | null;
}

/**
 * How a cloud's rules read and decide. The stored rule has one shape in every cloud; the dialect says which values
 * a cloud accepts and how its rules are ordered.
 */
export interface RuleDialect {
  /**
   * `priority`: a number decides (smaller first, drop before accept at equal priority; Alibaba). `position`: the
   * rules' order decides, first match wins, top down (Tencent). `union`: rules only allow, and any match allows (JD).
   */
  ordering: 'priority' | 'position' | 'union';
  /** The Priority parameter's range and default; null when the cloud has none (it is then stored as 1). */
  priority: { min: number; max: number; default: number } | null;
  /** The policies a rule may have; JD rules only allow. */
  policies: readonly RulePolicy[];
  /**
   * How ports are written: `alibaba` `22/22`, `1/200` (`-1/-1` for port-less protocols); `tencent` `80`, `80,443`,
   * `8000-8010` or `ALL`; `jdcloud` `22` or `20-22`.
   */
  portSyntax: 'alibaba' | 'tencent' | 'jdcloud';
  protocols: readonly IpProtocol[];
  /** The kinds of authorisation object (peer) a rule may name. */
  peers: readonly RuleEntityType[];
  /** Quintuple rules (a local address and source ports) and port lists: Alibaba only. */
  quintuple: boolean;
  portLists: boolean;
  /** A rule's description: at most this many characters. */
  descriptionMax: number;
  /**
   * What decides when no rule does: `alibaba` (basic groups deny inbound and allow outbound, advanced groups deny
   * both; internal access policies; the platform's TCP 25 block), `deny-all` (both directions denied; no internal
   * access policy).
   */
  defaults: 'alibaba' | 'deny-all';
  /** The group types the cloud has; only Alibaba has advanced (enterprise) groups. */
  groupTypes: readonly SecurityGroupType[];
}

/**
 * The cloud's own error for errors the engine raises by Alibaba's codes: the first rule whose `match` fits the
 * code gives the cloud's code (and HTTP status), and its message where the cloud words it differently. Codes no
 * rule matches stay as they are (the engine's own, such as DryRunOperation and InvalidOperation.Conflict).
 */
export interface ErrorTranslation {
  match: RegExp;
  Code: string;
  HttpStatus?: number;
  Message?: string;
}

/** Mask lengths a block may have, both ends included (`/16` to `/29` is `{ min: 16, max: 29 }`). */
export interface MaskRange {
  min: number;
  max: number;
}

/** The address rules of VPCs and vSwitches, which differ by cloud (Tencent: VPC /12–/28, subnets /16–/28). */
export interface NetworkRules {
  /** Blocks a VPC's CIDR block must lie inside (the block itself or a subnet of it). */
  vpcCidrRanges: readonly string[];
  /** Mask lengths of a VPC's block. */
  vpcMask: MaskRange;
  /** Mask lengths of a vSwitch's block, which must also lie inside its VPC's. */
  vSwitchMask: MaskRange;
  /** CreateVpc's CidrBlock when none is given. */
  defaultVpcCidr: string;
}

export interface Profile {
  name: CloudName;
  /** The product as its console names itself: "Alibaba Cloud ECS", "Tencent Cloud CVM", "JD Cloud". */
  displayName: string;
  regions: RegionInfo[];
  limits: Limits;
  /** How its IDs look: `sg-bp1…` (Alibaba, region-marked, 20 characters), `sg-` and 8 (Tencent), 10 (JD). */
  ids: IdShape;
  rules: RuleDialect;
  /** In order; empty for Alibaba Cloud, whose codes the engine speaks. */
  errors: readonly ErrorTranslation[];
  /** Create Security Group's templates, in the cloud console's words. */
  templates: readonly SecurityGroupTemplate[];
  /**
   * The group an instance launched without one gets, made on first need per VPC: null for Alibaba's own
   * (`default-<VPC name>`, see default-security-group.ts), else its name and description and the template it holds.
   */
  defaultGroup: { name: string; description: string; templateId: string } | null;
  network: NetworkRules;
}
