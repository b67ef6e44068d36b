import { serviceIdNumber } from '../../model/service-id.ts';
import { privateIpsOf } from '../../model/private-ips.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import type { InnerAccessPolicy, SecurityGroup, SecurityGroupType } from '../../model/security-group.ts';
import { optionalBoolean, optionalInteger, optionalString, requireRegion } from '../../validate/params.ts';
import { matchesTags, readResourceGroupFilter, readTagFilter } from '../../validate/resource-tags.ts';
import { readIdList } from '../../validate/id-list.ts';
import { resourceGroupOf } from '../../model/account.ts';
import { defineAction } from '../define.ts';
import { pageByNumber, pageByToken } from '../paging.ts';
import { membersByGroup, tagsView } from './group-lookup.ts';
import type { Limits } from '../../profiles/profile.ts';

export interface DescribeSecurityGroupsParams {
  RegionId: string;
  SecurityGroupId?: string;
  /** A JSON array string as on the wire (`'["sg-a","sg-b"]'`), or an array. Up to 100 IDs. */
  SecurityGroupIds?: string | string[];
  /** Exact match, or a part of the name with FuzzyQuery, as the API does. */
  SecurityGroupName?: string;
  FuzzyQuery?: boolean;
  /** Every group is in a VPC: `vpc` matches all, `classic` none. */
  NetworkType?: string;
  ServiceManaged?: boolean;
  ResourceGroupId?: string;
  /** Ours, not the API's: case-insensitive substring of the ID or the name, for the console's search box. */
  Keyword?: string;
  VpcId?: string;
  SecurityGroupType?: SecurityGroupType;
  /** Every given tag must be on the group; a missing or empty Value matches any value. */
  Tag?: { Key: string; Value?: string }[];
  MaxResults?: number;
  NextToken?: string;
  /** Page-number paging, used by the console's table; ignored when MaxResults or NextToken is given. */
  PageNumber?: number;
  PageSize?: number;
}

export interface SecurityGroupSummary {
  SecurityGroupId: string;
  SecurityGroupName: string;
  Description: string;
  SecurityGroupType: SecurityGroupType;
  VpcId: string;
  CreationTime: string;
  ResourceGroupId: string;
  EcsCount: number;
  AvailableInstanceAmount: number;
  RuleCount: number;
  GroupToGroupRuleCount: number;
  ServiceManaged: boolean;
  /** The managing service's number (`serviceIdNumber` of its name); 0 when no service manages the group. */
  ServiceID: number;
  Tags: { Tag: { TagKey: string; TagValue: string }[] };
  /** Ours, not in the API's list item: the internal access policy, so the console's table needs no call per row. */
  InnerAccessPolicy: InnerAccessPolicy;
  /** Ours, not in the API's list item: whether deletion protection is on (ModifySecurityGroupDeletionProtection). */
  DeletionProtection: boolean;
  /** Ours: the VPC's default group, made by the console's Create Instance (the table marks it). */
  IsDefault: boolean;
}

export interface DescribeSecurityGroupsResponse {
  SecurityGroups: { SecurityGroup: SecurityGroupSummary[] };
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  NextToken: string;
  RegionId: string;
}

const MAX_IDS = 100;

/**
 * Lists a region's groups, newest first, with counts of members and rules.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidSecurityGroupIds.Malformed,
 * InvalidParameter, InvalidTagKey.Malformed, NumberExceed.Tags, InvalidNextToken.Malformed
 */
export const describeSecurityGroups = defineAction<DescribeSecurityGroupsParams, DescribeSecurityGroupsResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const ids = readIdList(params.SecurityGroupIds, 'SecurityGroupIds', MAX_IDS, 'InvalidSecurityGroupIds.Malformed');
    const id = optionalString(params.SecurityGroupId, 'SecurityGroupId');
    const name = optionalString(params.SecurityGroupName, 'SecurityGroupName');
    const keyword = optionalString(params.Keyword, 'Keyword').trim().toLowerCase();
    const vpcId = optionalString(params.VpcId, 'VpcId');
    const type = optionalString(params.SecurityGroupType, 'SecurityGroupType');
    const tags = readTagFilter(params.Tag);
    const fuzzy = optionalBoolean(params.FuzzyQuery, 'FuzzyQuery') ?? false;
    const networkType = optionalString(params.NetworkType, 'NetworkType').trim();
    const managed = optionalBoolean(params.ServiceManaged, 'ServiceManaged');
    const resourceGroupId = readResourceGroupFilter(params.ResourceGroupId);

    const matches = ctx.tx
      .all('securityGroups')
      .filter(
        (g) =>
          g.RegionId === region.RegionId &&
          (ids === null || ids.has(g.SecurityGroupId)) &&
          (id === '' || g.SecurityGroupId === id) &&
          (name === '' || (fuzzy ? g.SecurityGroupName.includes(name) : g.SecurityGroupName === name)) &&
          (networkType === '' || networkType === 'vpc') &&
          (managed === undefined || g.ServiceManaged === managed) &&
          (resourceGroupId === '' || resourceGroupOf(g) === resourceGroupId) &&
          (keyword === '' ||
            g.SecurityGroupId.toLowerCase().includes(keyword) ||
            g.SecurityGroupName.toLowerCase().includes(keyword)) &&
          (vpcId === '' || g.VpcId === vpcId) &&
          (type === '' || g.SecurityGroupType === type) &&
          matchesTags(g.Tags, tags),
      );
    matches.sort((a, b) =>
      a.CreationTime === b.CreationTime
        ? a.SecurityGroupId.localeCompare(b.SecurityGroupId)
        : a.CreationTime < b.CreationTime
          ? 1
          : -1,
    );

    const byNumber =
      params.MaxResults === undefined &&
      params.NextToken === undefined &&
      (params.PageNumber !== undefined || params.PageSize !== undefined);
    let page: SecurityGroup[];
    let paging: { PageNumber: number; PageSize: number; NextToken: string };
    if (byNumber) {
      const result = pageByNumber(matches, params.PageNumber, params.PageSize, { max: 100, default: 10 });
      page = result.page;
      paging = { PageNumber: result.PageNumber, PageSize: result.PageSize, NextToken: '' };
    } else {
      const limits = { min: 10, max: 100, default: 10 };
      const result = pageByToken(matches, params.MaxResults, params.NextToken, limits);
      // pageByToken has validated both; derive the page number the token stands for.
      const size = optionalInteger(params.MaxResults, 'MaxResults', limits.min, limits.max) ?? limits.default;
      const start = Number(optionalString(params.NextToken, 'NextToken') || '0');
      page = result.page;
      paging = { PageNumber: Math.floor(start / size) + 1, PageSize: size, NextToken: result.NextToken };
    }

    const members = membersByGroup(ctx.tx);
    return {
      SecurityGroups: {
        SecurityGroup: page.map((g) => summarise(g, members.get(g.SecurityGroupId) ?? [], ctx.profile.limits)),
      },
      TotalCount: matches.length,
      ...paging,
      RegionId: region.RegionId,
    };
  },
});

function summarise(group: SecurityGroup, members: readonly NetworkInterface[], limits: Limits): SecurityGroupSummary {
  const instanceIds = new Set(members.map((eni) => eni.InstanceId).filter((id) => id !== ''));
  // Basic groups are bounded by the private IPs of their members, primary and secondary.
  const privateIps = members.reduce((sum, eni) => sum + privateIpsOf(eni).length, 0);
  return {
    SecurityGroupId: group.SecurityGroupId,
    SecurityGroupName: group.SecurityGroupName,
    Description: group.Description,
    SecurityGroupType: group.SecurityGroupType,
    VpcId: group.VpcId,
    CreationTime: group.CreationTime,
    ResourceGroupId: resourceGroupOf(group),
    EcsCount: instanceIds.size,
    AvailableInstanceAmount:
      group.SecurityGroupType === 'enterprise'
        ? Math.max(0, limits.interfacesPerAdvancedGroup - members.length)
        : Math.max(0, limits.privateIpsPerBasicGroup - privateIps),
    RuleCount: group.Rules.length,
    GroupToGroupRuleCount: group.Rules.filter((r) => r.SourceGroupId !== '' || r.DestGroupId !== '').length,
    ServiceManaged: group.ServiceManaged,
    ServiceID: serviceIdNumber(group.ServiceID),
    Tags: tagsView(group),
    InnerAccessPolicy: group.InnerAccessPolicy,
    DeletionProtection: group.DeletionProtection,
    IsDefault: group.IsDefault,
  };
}
