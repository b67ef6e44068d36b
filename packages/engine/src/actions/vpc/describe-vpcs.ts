import { optionalBoolean, optionalString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { newestFirst, pageByNumber } from '../paging.ts';

export interface DescribeVpcsParams {
  RegionId: string;
  /** One ID, or up to 20 separated by commas, as the VPC API takes them. */
  VpcId?: string;
  /** true: only the region's default VPC; false: only the others. */
  IsDefault?: boolean;
  /** Exact match. */
  VpcName?: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface VpcView {
  VpcId: string;
  RegionId: string;
  VpcName: string;
  Description: string;
  CidrBlock: string;
  IsDefault: boolean;
  Status: 'Available';
  CreationTime: string;
  VSwitchIds: { VSwitchId: string[] };
}

export interface DescribeVpcsResponse {
  Vpcs: { Vpc: VpcView[] };
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
}

/**
 * Lists a region's VPCs (VPC OpenAPI), newest first, each with its vSwitch IDs.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidParameter
 */
export const describeVpcs = defineAction<DescribeVpcsParams, DescribeVpcsResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const ids = splitIds(optionalString(params.VpcId, 'VpcId'));
    const name = optionalString(params.VpcName, 'VpcName');
    const isDefault = optionalBoolean(params.IsDefault, 'IsDefault');
    const matches = ctx.tx
      .all('vpcs')
      .filter(
        (v) =>
          v.RegionId === region.RegionId &&
          (ids === null || ids.has(v.VpcId)) &&
          (name === '' || v.VpcName === name) &&
          (isDefault === undefined || v.IsDefault === isDefault),
      )
      .sort(newestFirst((v) => v.VpcId));
    const { page, ...paging } = pageByNumber(matches, params.PageNumber, params.PageSize, { max: 50, default: 10 });
    const vSwitches = ctx.tx.all('vSwitches');
    return {
      Vpcs: {
        Vpc: page.map((v) => ({
          VpcId: v.VpcId,
          RegionId: v.RegionId,
          VpcName: v.VpcName,
          Description: v.Description,
          CidrBlock: v.CidrBlock,
          IsDefault: v.IsDefault,
          Status: v.Status,
          CreationTime: v.CreationTime,
          VSwitchIds: {
            VSwitchId: vSwitches.filter((s) => s.VpcId === v.VpcId).map((s) => s.VSwitchId),
          },
        })),
      },
      ...paging,
    };
  },
});

/** null when no filter was given. */
export function splitIds(text: string): Set<string> | null {
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return ids.length === 0 ? null : new Set(ids);
}
