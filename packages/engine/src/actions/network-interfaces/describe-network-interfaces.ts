import { resourceGroupOf } from '../../model/account.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import { optionalBoolean, optionalInteger, optionalString, requireRegion } from '../../validate/params.ts';
import { matchesTags, readResourceGroupFilter, readTagFilter, tagViews } from '../../validate/resource-tags.ts';
import { defineAction } from '../define.ts';
import { readIdList } from '../../validate/id-list.ts';
import { newestFirst, pageByNumber, pageByToken } from '../paging.ts';
import { privateIpsOf } from '../../model/private-ips.ts';
import { privateIpSets } from './private-ip-sets.ts';

export interface DescribeNetworkInterfacesParams {
  RegionId: string;
  /** NetworkInterfaceId.N: up to 100 IDs. */
  NetworkInterfaceId?: string[];
  InstanceId?: string;
  VpcId?: string;
  VSwitchId?: string;
  SecurityGroupId?: string;
  Type?: NetworkInterface['Type'];
  /** Exact. */
  NetworkInterfaceName?: string;
  PrimaryIpAddress?: string;
  /** PrivateIpAddress.N: interfaces holding any of these addresses, up to 100. */
  PrivateIpAddress?: string[];
  /** IPv6 addresses are not modelled: given any, nothing matches. */
  Ipv6Address?: string[];
  Status?: NetworkInterface['Status'];
  /** No interface of the world is managed by a cloud service: true matches none. */
  ServiceManaged?: boolean;
  /** Every given tag must be on the interface; a missing Value matches any. */
  Tag?: { Key: string; Value?: string }[];
  ResourceGroupId?: string;
  /** 10 to 500: smaller values read as 10 and larger as 500, as the API does. */
  MaxResults?: number;
  NextToken?: string;
  /** Page-number paging (the older form); used only when neither MaxResults nor NextToken is given. 1–1000. */
  PageNumber?: number;
  PageSize?: number;
}

export interface NetworkInterfaceView {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  Description: string;
  Type: NetworkInterface['Type'];
  Status: NetworkInterface['Status'];
  InstanceId: string;
  ZoneId: string;
  VpcId: string;
  VSwitchId: string;
  PrivateIpAddress: string;
  MacAddress: string;
  CreationTime: string;
  SecurityGroupIds: { SecurityGroupId: string[] };
  PrivateIpSets: { PrivateIpSet: { PrivateIpAddress: string; Primary: boolean }[] };
  ResourceGroupId: string;
  Tags: { Tag: { TagKey: string; TagValue: string }[] };
  /** Interfaces that a cloud service creates and manages are not modelled: always false. */
  ServiceManaged: false;
  /** The managing service's number: 0, as no service manages an interface here. */
  ServiceID: 0;
}

export interface DescribeNetworkInterfacesResponse {
  NetworkInterfaceSets: { NetworkInterfaceSet: NetworkInterfaceView[] };
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  NextToken: string;
}

const MIN_RESULTS = 10;
const MAX_RESULTS = 500;
const MAX_PAGE_SIZE = 1000;

/** The filters of the call that are not IDs, read before the world. */
function readFilters(params: DescribeNetworkInterfacesParams) {
  const privateIps = readIdList(params.PrivateIpAddress, 'PrivateIpAddress', 100, 'InvalidParameter');
  const ipv6 = readIdList(params.Ipv6Address, 'Ipv6Address', 100, 'InvalidParameter');
  return {
    instanceId: optionalString(params.InstanceId, 'InstanceId'),
    vpcId: optionalString(params.VpcId, 'VpcId'),
    vSwitchId: optionalString(params.VSwitchId, 'VSwitchId'),
    groupId: optionalString(params.SecurityGroupId, 'SecurityGroupId'),
    type: optionalString(params.Type, 'Type'),
    name: optionalString(params.NetworkInterfaceName, 'NetworkInterfaceName'),
    primaryIp: optionalString(params.PrimaryIpAddress, 'PrimaryIpAddress').trim(),
    privateIps,
    noIpv6: ipv6 !== null && ipv6.size > 0,
    status: optionalString(params.Status, 'Status'),
    serviceManaged: optionalBoolean(params.ServiceManaged, 'ServiceManaged'),
    tags: readTagFilter(params.Tag),
    resourceGroupId: readResourceGroupFilter(params.ResourceGroupId),
  };
}

/**
 * Lists a region's network interfaces (ENIs), newest first, with the groups each is in. Pages by
 * MaxResults/NextToken, or by PageNumber/PageSize when only those are given (the API takes both).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidNetworkInterfaceId.Malformed,
 * InvalidParameter, InvalidTagKey.Malformed, NumberExceed.Tags, InvalidNextToken.Malformed
 */
export const describeNetworkInterfaces = defineAction<
  DescribeNetworkInterfacesParams,
  DescribeNetworkInterfacesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const ids = readIdList(params.NetworkInterfaceId, 'NetworkInterfaceId', 100, 'InvalidNetworkInterfaceId.Malformed');
    const f = readFilters(params);
    const matches = ctx.tx
      .all('networkInterfaces')
      .filter(
        (eni) =>
          eni.RegionId === region.RegionId &&
          (ids === null || ids.has(eni.NetworkInterfaceId)) &&
          (f.instanceId === '' || eni.InstanceId === f.instanceId) &&
          (f.vpcId === '' || eni.VpcId === f.vpcId) &&
          (f.vSwitchId === '' || eni.VSwitchId === f.vSwitchId) &&
          (f.groupId === '' || eni.SecurityGroupIds.includes(f.groupId)) &&
          (f.type === '' || eni.Type === f.type) &&
          (f.name === '' || eni.NetworkInterfaceName === f.name) &&
          (f.primaryIp === '' || eni.PrimaryIpAddress === f.primaryIp) &&
          (f.privateIps === null || privateIpsOf(eni).some((ip) => f.privateIps!.has(ip))) &&
          !f.noIpv6 &&
          (f.status === '' || eni.Status === f.status) &&
          f.serviceManaged !== true &&
          matchesTags(eni.Tags, f.tags) &&
          (f.resourceGroupId === '' || resourceGroupOf(eni) === f.resourceGroupId),
      )
      .sort(newestFirst((eni) => eni.NetworkInterfaceId));
    const byNumber =
      params.MaxResults === undefined &&
      params.NextToken === undefined &&
      (params.PageNumber !== undefined || params.PageSize !== undefined);
    if (byNumber) {
      const { page, PageNumber, PageSize } = pageByNumber(matches, params.PageNumber, params.PageSize, {
        max: MAX_PAGE_SIZE,
        default: MIN_RESULTS,
      });
      return {
        NetworkInterfaceSets: { NetworkInterfaceSet: page.map(networkInterfaceView) },
        TotalCount: matches.length,
        PageNumber,
        PageSize,
        NextToken: '',
      };
    }
    const requested = optionalInteger(params.MaxResults, 'MaxResults', 0, 2 ** 31 - 1);
    const size = requested === undefined ? MIN_RESULTS : Math.min(MAX_RESULTS, Math.max(MIN_RESULTS, requested));
    const { page, NextToken } = pageByToken(matches, size, params.NextToken, {
      min: MIN_RESULTS,
      max: MAX_RESULTS,
      default: MIN_RESULTS,
    });
    const start = Number(optionalString(params.NextToken, 'NextToken') || '0');
    return {
      NetworkInterfaceSets: { NetworkInterfaceSet: page.map(networkInterfaceView) },
      TotalCount: matches.length,
      PageNumber: Math.floor(start / size) + 1,
      PageSize: size,
      NextToken,
    };
  },
});

/** An interface as DescribeNetworkInterfaces (and CreateNetworkInterface) return it. */
export function networkInterfaceView(eni: NetworkInterface): NetworkInterfaceView {
  return {
    NetworkInterfaceId: eni.NetworkInterfaceId,
    NetworkInterfaceName: eni.NetworkInterfaceName,
    Description: eni.Description,
    Type: eni.Type,
    Status: eni.Status,
    InstanceId: eni.InstanceId,
    ZoneId: eni.ZoneId,
    VpcId: eni.VpcId,
    VSwitchId: eni.VSwitchId,
    PrivateIpAddress: eni.PrimaryIpAddress,
    MacAddress: eni.MacAddress,
    CreationTime: eni.CreationTime,
    SecurityGroupIds: { SecurityGroupId: [...eni.SecurityGroupIds] },
    PrivateIpSets: privateIpSets(eni),
    ResourceGroupId: resourceGroupOf(eni),
    Tags: { Tag: tagViews(eni.Tags) },
    ServiceManaged: false,
    ServiceID: 0,
  };
}
