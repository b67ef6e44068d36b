import type { InstanceStatus } from '../../model/instance.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { newestFirst, pageByEither } from '../paging.ts';
import { readIdList } from '../../validate/id-list.ts';
import { matchesMore, readMoreFilters } from './instance-filters.ts';
import { instanceView, interfacesByInstance, primaryOf, type InstanceView } from './instance-view.ts';

export interface DescribeInstancesParams {
  RegionId: string;
  /** Up to 100 IDs: an array, or a JSON array string as on the wire. */
  InstanceIds?: string[] | string;
  VpcId?: string;
  VSwitchId?: string;
  ZoneId?: string;
  Status?: InstanceStatus;
  /** Exact, or with `*` as a wildcard (`web-*`). */
  InstanceName?: string;
  /** Instances whose primary interface is in this group. */
  SecurityGroupId?: string;
  InstanceType?: string;
  /** The type's family: `ecs.g7` holds `ecs.g7.large`. */
  InstanceTypeFamily?: string;
  ImageId?: string;
  /** Up to 100 private IPs (primary interfaces'), an array or a JSON array string. */
  PrivateIpAddresses?: string[] | string;
  /** Every given tag must be on the instance; a missing Value matches any. */
  Tag?: { Key: string; Value?: string }[];
  ResourceGroupId?: string;
  /** Every instance is in a VPC: `vpc` matches all, `classic` none. */
  InstanceNetworkType?: string;
  /** `PostPaid` or `PrePaid`, as RunInstances chose. */
  InstanceChargeType?: string;
  /** `PayByTraffic` or `PayByBandwidth`, as RunInstances chose. */
  InternetChargeType?: string;
  /** Every instance is I/O optimised: false matches none. */
  IoOptimized?: boolean;
  /** Every instance can take data disks (disks are not modelled): false matches none. */
  DeviceAvailable?: boolean;
  /** Instances with these metadata service options (RunInstances'). */
  HttpEndpoint?: string;
  HttpTokens?: string;
  HttpPutResponseHopLimit?: number;
  /** Up to 100 public IPs (given by RunInstances with outbound bandwidth), an array or a JSON array string. */
  PublicIpAddresses?: string[] | string;
  /** Filter.N: creation and expiry time windows, keys CreationStartTime, CreationEndTime, ExpiredStartTime, ExpiredEndTime. */
  Filter?: { Key: string; Value: string }[];
  MaxResults?: number;
  NextToken?: string;
  /** Page-number paging; ignored when MaxResults or NextToken is given. */
  PageNumber?: number;
  PageSize?: number;
}

export interface DescribeInstancesResponse {
  Instances: { Instance: InstanceView[] };
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  NextToken: string;
}

/**
 * Lists a region's instances, newest first, with their network interfaces and security groups.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidInstanceIds.Malformed, InvalidParameter, InvalidTagKey.Malformed, NumberExceed.Tags,
 * InvalidNextToken.Malformed, InvalidFilterKey.NotFound, InvalidFilterValue
 */
export const describeInstances = defineAction<DescribeInstancesParams, DescribeInstancesResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const ids = readIdList(params.InstanceIds, 'InstanceIds', 100, 'InvalidInstanceIds.Malformed');
    const vpcId = optionalString(params.VpcId, 'VpcId');
    const vSwitchId = optionalString(params.VSwitchId, 'VSwitchId');
    const zoneId = optionalString(params.ZoneId, 'ZoneId');
    const status = optionalString(params.Status, 'Status');
    const name = namePattern(optionalString(params.InstanceName, 'InstanceName'));
    const groupId = optionalString(params.SecurityGroupId, 'SecurityGroupId');
    const more = readMoreFilters(params);
    const interfaces = interfacesByInstance(ctx.tx);

    const matches = ctx.tx
      .all('instances')
      .filter(
        (i) =>
          i.RegionId === region.RegionId &&
          (ids === null || ids.has(i.InstanceId)) &&
          (vpcId === '' || i.VpcId === vpcId) &&
          (vSwitchId === '' || i.VSwitchId === vSwitchId) &&
          (zoneId === '' || i.ZoneId === zoneId) &&
          (status === '' || i.Status === status) &&
          (name === null || name.test(i.InstanceName)) &&
          (groupId === '' ||
            (primaryOf(i, interfaces.get(i.InstanceId) ?? [])?.SecurityGroupIds.includes(groupId) ?? false)) &&
          matchesMore(i, primaryOf(i, interfaces.get(i.InstanceId) ?? [])?.PrimaryIpAddress ?? '', more),
      )
      .sort(newestFirst((i) => i.InstanceId));
    const { page, ...paging } = pageByEither(matches, params, { min: 1, max: 100, default: 10 });
    return {
      Instances: { Instance: page.map((i) => instanceView(i, interfaces.get(i.InstanceId) ?? [])) },
      ...paging,
    };
  },
});

/** null when no name filter was given. */
function namePattern(name: string): RegExp | null {
  if (name === '') return null;
  const escaped = name.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 'u');
}
