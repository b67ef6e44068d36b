/** Stored records of security groups. Rules live inside their group: one record, one revision, one write. */
export type SecurityGroupType = 'normal' | 'enterprise';
export type InnerAccessPolicy = 'Accept' | 'Drop';
export type Direction = 'ingress' | 'egress';
export type RulePolicy = 'accept' | 'drop';
/** Canonical protocol names as stored; responses print them upper-case (ICMPv6 as `ICMPv6`). */
export type IpProtocol = 'TCP' | 'UDP' | 'ICMP' | 'ICMPv6' | 'GRE' | 'ALL';

export interface Tag {
  TagKey: string;
  TagValue: string;
}

/**
 * A rule with the Permission field names of DescribeSecurityGroupAttribute. Unused fields are empty
 * strings, as the API returns them. For ingress the peer is Source*, for egress it is Dest*.
 */
export interface Rule {
  SecurityGroupRuleId: string;
  Direction: Direction;
  IpProtocol: IpProtocol;
  PortRange: string;
  PortRangeListId: string;
  SourcePortRange: string;
  Policy: RulePolicy;
  Priority: number;
  SourceCidrIp: string;
  Ipv6SourceCidrIp: string;
  SourceGroupId: string;
  SourcePrefixListId: string;
  DestCidrIp: string;
  Ipv6DestCidrIp: string;
  DestGroupId: string;
  DestPrefixListId: string;
  NicType: 'intranet';
  Description: string;
  CreateTime: string;
}

export interface SecurityGroup {
  SecurityGroupId: string;
  RegionId: string;
  VpcId: string;
  SecurityGroupName: string;
  Description: string;
  SecurityGroupType: SecurityGroupType;
  InnerAccessPolicy: InnerAccessPolicy;
  /** '' in groups stored before resource groups: read it with `resourceGroupOf` (the account's default). */
  ResourceGroupId: string;
  Tags: Tag[];
  DeletionProtection: boolean;
  /** Managed by a cloud service (e.g. ACK): view-only for the user. */
  ServiceManaged: boolean;
  ServiceID: string;
  /** The VPC's default group, created on first need by the console's Create Instance flow. */
  IsDefault: boolean;
  CreationTime: string;
  Rules: Rule[];
  /** Tencent Cloud only: the project the group belongs to ('0', "Default project"). */
  ProjectId?: string;
  /** Bumped on every change of the rules (Tencent's SecurityGroupPolicySet.Version); absent until the first. */
  RulesVersion?: number;
}
