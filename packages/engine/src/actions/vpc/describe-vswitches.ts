import { optionalString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { newestFirst, pageByNumber } from '../paging.ts';
import { availableIpCount } from './vswitch-addresses.ts';

export interface DescribeVSwitchesParams {
  RegionId: string;
  VpcId?: string;
  ZoneId?: string;
  VSwitchId?: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface VSwitchView {
  VSwitchId: string;
  VpcId: string;
  RegionId: string;
  ZoneId: string;
  VSwitchName: string;
  Description: string;
  CidrBlock: string;
  Status: 'Available';
  IsDefault: boolean;
  CreationTime: string;
  /** Block size, less the platform's reserved addresses, less the addresses interfaces hold. */
  AvailableIpAddressCount: number;
}

export interface DescribeVSwitchesResponse {
  VSwitches: { VSwitch: VSwitchView[] };
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
}

/**
 * Lists a region's vSwitches (VPC OpenAPI), newest first, with their free address counts.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidParameter
 */
export const describeVSwitches = defineAction<DescribeVSwitchesParams, DescribeVSwitchesResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const vpcId = optionalString(params.VpcId, 'VpcId');
    const zoneId = optionalString(params.ZoneId, 'ZoneId');
    const vSwitchId = optionalString(params.VSwitchId, 'VSwitchId');
    const matches = ctx.tx
      .all('vSwitches')
      .filter(
        (v) =>
          v.RegionId === region.RegionId &&
          (vpcId === '' || v.VpcId === vpcId) &&
          (zoneId === '' || v.ZoneId === zoneId) &&
          (vSwitchId === '' || v.VSwitchId === vSwitchId),
      )
      .sort(newestFirst((v) => v.VSwitchId));
    const { page, ...paging } = pageByNumber(matches, params.PageNumber, params.PageSize, { max: 50, default: 10 });
    return {
      VSwitches: {
        VSwitch: page.map((v) => ({
          VSwitchId: v.VSwitchId,
          VpcId: v.VpcId,
          RegionId: v.RegionId,
          ZoneId: v.ZoneId,
          VSwitchName: v.VSwitchName,
          Description: v.Description,
          CidrBlock: v.CidrBlock,
          Status: v.Status,
          IsDefault: false,
          CreationTime: v.CreationTime,
          AvailableIpAddressCount: availableIpCount(ctx.tx, v),
        })),
      },
      ...paging,
    };
  },
});
