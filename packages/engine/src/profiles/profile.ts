/** A cloud's behaviour as data: regions, limits and console templates. Alibaba Cloud is the default. */
export interface ZoneInfo {
  ZoneId: string;
  LocalName: string;
}

export interface RegionInfo {
  RegionId: string;
  LocalName: string;
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
  name: 'alibaba' | 'tencent' | 'jdcloud';
  regions: RegionInfo[];
  limits: Limits;
  network: NetworkRules;
}
