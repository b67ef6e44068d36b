import type { NetworkInterface } from '../../model/instance.ts';
import { optionalInteger, optionalString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readIdList } from '../../validate/id-list.ts';
import { newestFirst, pageByToken } from '../paging.ts';

export interface DescribeNetworkInterfacesParams {
  RegionId: string;
  /** NetworkInterfaceId.N: up to 100 IDs. */
  NetworkInterfaceId?: string[];
  InstanceId?: string;
  VpcId?: string;
  VSwitchId?: string;
  SecurityGroupId?: string;
  Type?: NetworkInterface['Type'];
  /** 10 to 500: smaller values read as 10 and larger as 500, as the API does. */
  MaxResults?: number;
  NextToken?: string;
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
  /** Interfaces that a cloud service creates and manages are not modelled: always false. */
  ServiceManaged: false;
  /** The managing service's number: 0, as no service manages an interface here. */
  ServiceID: 0;
}

export interface DescribeNetworkInterfacesResponse {
  NetworkInterfaceSets: { NetworkInterfaceSet: NetworkInterfaceView[] };
  TotalCount: number;
  NextToken: string;
}

const MIN_RESULTS = 10;
const MAX_RESULTS = 500;

/**
 * Lists a region's network interfaces (ENIs), newest first, with the groups each is in.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidNetworkInterfaceId.Malformed,
 * InvalidParameter, InvalidNextToken.Malformed
 */
export const describeNetworkInterfaces = defineAction<
  DescribeNetworkInterfacesParams,
  DescribeNetworkInterfacesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const ids = readIdList(params.NetworkInterfaceId, 'NetworkInterfaceId', 100, 'InvalidNetworkInterfaceId.Malformed');
    const instanceId = optionalString(params.InstanceId, 'InstanceId');
    const vpcId = optionalString(params.VpcId, 'VpcId');
    const vSwitchId = optionalString(params.VSwitchId, 'VSwitchId');
    const groupId = optionalString(params.SecurityGroupId, 'SecurityGroupId');
    const type = optionalString(params.Type, 'Type');
    const requested = optionalInteger(params.MaxResults, 'MaxResults', 0, 2 ** 31 - 1);
    const maxResults = requested === undefined ? undefined : Math.min(MAX_RESULTS, Math.max(MIN_RESULTS, requested));

    const matches = ctx.tx
      .all('networkInterfaces')
      .filter(
        (eni) =>
          eni.RegionId === region.RegionId &&
          (ids === null || ids.has(eni.NetworkInterfaceId)) &&
          (instanceId === '' || eni.InstanceId === instanceId) &&
          (vpcId === '' || eni.VpcId === vpcId) &&
          (vSwitchId === '' || eni.VSwitchId === vSwitchId) &&
          (groupId === '' || eni.SecurityGroupIds.includes(groupId)) &&
          (type === '' || eni.Type === type),
      )
      .sort(newestFirst((eni) => eni.NetworkInterfaceId));
    const { page, NextToken } = pageByToken(matches, maxResults, params.NextToken, {
      min: MIN_RESULTS,
      max: MAX_RESULTS,
      default: MIN_RESULTS,
    });
    return {
      NetworkInterfaceSets: { NetworkInterfaceSet: page.map(networkInterfaceView) },
      TotalCount: matches.length,
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
    PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: eni.PrimaryIpAddress, Primary: true }] },
    ServiceManaged: false,
    ServiceID: 0,
  };
}
