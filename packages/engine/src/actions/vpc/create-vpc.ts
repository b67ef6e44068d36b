import { fail } from '../../errors.ts';
import type { Vpc } from '../../model/network.ts';
import { parseCidr } from '../../validate/cidr.ts';
import { descriptionProblem } from '../../validate/names.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';

export interface CreateVpcParams {
  RegionId: string;
  CidrBlock?: string;
  VpcName?: string;
  Description?: string;
}

export interface CreateVpcResponse {
  VpcId: string;
}

/** The private ranges a VPC may use, as the VPC console offers them. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((c) => parseCidr(c)!);
const VPC_NAME = /^\p{L}[\p{L}\p{Nd}_.-]{0,127}$/u;

/**
 * Creates a VPC (VPC OpenAPI). CidrBlock defaults to 172.16.0.0/12; it must sit inside 10.0.0.0/8,
 * 172.16.0.0/12 or 192.168.0.0/16 with a mask from /8 to /28.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidCidrBlock.Malformed, InvalidVpcName.Malformed,
 * InvalidDescription.Malformed
 */
export const createVpc = defineAction<CreateVpcParams, CreateVpcResponse>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const cidrText = optionalString(params.CidrBlock, 'CidrBlock') || '172.16.0.0/12';
    const cidr = parseCidr(cidrText);
    if (
      !cidr ||
      cidr.family !== 'IPv4' ||
      cidr.isBareAddress ||
      !cidr.isCanonical ||
      cidr.prefix < 8 ||
      cidr.prefix > 28 ||
      !PRIVATE_RANGES.some((range) => range.first <= cidr.first && range.last >= cidr.last)
    ) {
      fail('InvalidCidrBlock.Malformed', 'Specified CIDR block is not valid.', 400, 'CidrBlock');
    }
    const name = optionalString(params.VpcName, 'VpcName');
    if (name !== '' && (!VPC_NAME.test(name) || /^https?:\/\//i.test(name))) {
      fail('InvalidVpcName.Malformed', 'Specified VPC name is not valid.', 400, 'VpcName');
    }
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(descriptionProblem(description), 'Description');
    const vpc: Vpc = {
      VpcId: ctx.newId('vpc', region.RegionId),
      RegionId: region.RegionId,
      VpcName: name,
      Description: description,
      CidrBlock: cidr.network,
      IsDefault: false,
      Status: 'Available',
      CreationTime: ctx.time,
    };
    ctx.tx.put('vpcs', vpc.VpcId, vpc);
    return { VpcId: vpc.VpcId };
  },
});
