import type { Vpc } from '../../model/network.ts';
import { parseCidr } from '../../validate/cidr.ts';
import { vpcCidrProblem, vpcDescriptionProblem, vpcNameProblem } from '../../validate/network-fields.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';

export interface CreateVpcParams {
  RegionId: string;
  /** Idempotence: a retry with the same token and parameters answers the first call again (client-token.ts). */
  ClientToken?: string;
  CidrBlock?: string;
  VpcName?: string;
  Description?: string;
}

export interface CreateVpcResponse {
  VpcId: string;
}

/**
 * Creates a VPC (VPC OpenAPI 2016-04-28). CidrBlock defaults to the profile's (Alibaba: 172.16.0.0/12) and must lie
 * inside one of the profile's ranges with a mask it allows (Alibaba: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16,
 * /8 to /28). Codes as in CreateVpc's error table (`validate/network-fields.ts`), see
 * https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-createvpc: InvalidParameter
 * "Specified CIDR block is not valid", IllegalParam.CidrBlockMask, InvalidVpcName.Malformed,
 * InvalidVpcDiscription.Malformed (sic). That table has no code of its own for a malformed block:
 * InvalidCidrBlock.Malformed is the VPC API's ("Specified CIDR block is not valid.", CreateVSwitch, ModifyVpcAttribute).
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidCidrBlock.Malformed,
 * IllegalParam.CidrBlockMask, InvalidParameter, InvalidVpcName.Malformed, InvalidVpcDiscription.Malformed
 */
export const createVpc = defineAction<CreateVpcParams, CreateVpcResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const rules = ctx.profile.network;
    const cidrText = optionalString(params.CidrBlock, 'CidrBlock') || rules.defaultVpcCidr;
    assertNoProblem(vpcCidrProblem(cidrText, rules), 'CidrBlock');
    const name = optionalString(params.VpcName, 'VpcName');
    assertNoProblem(vpcNameProblem(name), 'VpcName');
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(vpcDescriptionProblem(description), 'Description');
    const vpc: Vpc = {
      VpcId: ctx.newId('vpc', region.RegionId),
      RegionId: region.RegionId,
      VpcName: name,
      Description: description,
      CidrBlock: parseCidr(cidrText)!.network,
      IsDefault: false,
      Status: 'Available',
      CreationTime: ctx.time,
    };
    ctx.tx.put('vpcs', vpc.VpcId, vpc);
    return { VpcId: vpc.VpcId };
  },
});
