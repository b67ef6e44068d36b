import { fail } from '../../errors.ts';
import type { VSwitch } from '../../model/network.ts';
import { cidrCovers, cidrsOverlap, parseCidr } from '../../validate/cidr.ts';
import { vSwitchCidrProblem, vSwitchDescriptionProblem, vSwitchNameProblem } from '../../validate/network-fields.ts';
import { optionalString, requireRegion, requiredString } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';

export interface CreateVSwitchParams {
  RegionId: string;
  VpcId: string;
  ZoneId: string;
  CidrBlock: string;
  VSwitchName?: string;
  Description?: string;
}

export interface CreateVSwitchResponse {
  VSwitchId: string;
}

/**
 * Creates a vSwitch in a zone of the VPC's region (VPC OpenAPI 2016-04-28). Its block has a mask the profile allows
 * (Alibaba: /16 to /29), lies inside the VPC's block and overlaps no other vSwitch of the VPC. Codes and messages as
 * in CreateVSwitch's error table, misspellings included (`validate/network-fields.ts`), see
 * https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-createvswitch: InvalidCidrBlock.Malformed,
 * InvalidCirdrBlock.MaskLength (sic), InvalidParameter "Specified CIDR block is not valid in VPC.",
 * InvalidCidrBlock.Overlapped "Specified CIDR block overlapped with other subnets.", InvalidVSwitchName.Malformed,
 * InvalidVSwitchDiscription.Malformed (sic), InvalidZoneId.NotFound, InvalidVpcId.NotFound. The table's plain
 * MissingParameter is MissingParameter.<Name> here, as in every action of the engine.
 * @throws MissingParameter.VpcId, MissingParameter.ZoneId, MissingParameter.CidrBlock, InvalidVpcId.NotFound,
 * InvalidZoneId.NotFound, InvalidCidrBlock.Malformed, InvalidCirdrBlock.MaskLength, InvalidParameter,
 * InvalidCidrBlock.Overlapped, InvalidVSwitchName.Malformed, InvalidVSwitchDiscription.Malformed
 */
export const createVSwitch = defineAction<CreateVSwitchParams, CreateVSwitchResponse>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const vpcId = requiredString(params.VpcId, 'VpcId');
    const vpc = ctx.tx.get('vpcs', vpcId);
    if (!vpc || vpc.RegionId !== region.RegionId)
      fail('InvalidVpcId.NotFound', 'Specified VPC does not exist.', 404, 'VpcId');
    const zoneId = requiredString(params.ZoneId, 'ZoneId');
    if (!region.Zones.some((z) => z.ZoneId === zoneId)) {
      fail('InvalidZoneId.NotFound', 'Specified zone does not exist.', 404, 'ZoneId');
    }
    const cidrText = requiredString(params.CidrBlock, 'CidrBlock');
    assertNoProblem(vSwitchCidrProblem(cidrText, ctx.profile.network), 'CidrBlock');
    const cidr = parseCidr(cidrText)!;
    if (!cidrCovers(parseCidr(vpc.CidrBlock)!, cidr)) {
      fail(
        'InvalidParameter',
        `Specified CIDR block is not valid in VPC. It must lie inside the VPC's block ${vpc.CidrBlock}.`,
        400,
        'CidrBlock',
      );
    }
    const overlapped = ctx.tx
      .all('vSwitches')
      .find((v) => v.VpcId === vpcId && cidrsOverlap(parseCidr(v.CidrBlock)!, cidr));
    if (overlapped) {
      fail(
        'InvalidCidrBlock.Overlapped',
        `Specified CIDR block overlapped with other subnets: ${overlapped.VSwitchId} (${overlapped.CidrBlock}).`,
        400,
        'CidrBlock',
      );
    }
    const name = optionalString(params.VSwitchName, 'VSwitchName');
    assertNoProblem(vSwitchNameProblem(name), 'VSwitchName');
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(vSwitchDescriptionProblem(description), 'Description');
    const vSwitch: VSwitch = {
      VSwitchId: ctx.newId('vsw', region.RegionId),
      VpcId: vpcId,
      RegionId: region.RegionId,
      ZoneId: zoneId,
      VSwitchName: name,
      Description: description,
      CidrBlock: cidr.network,
      Status: 'Available',
      CreationTime: ctx.time,
      // The gateway and the platform's reserved addresses sit at the start: hand out from host offset 4 up.
      NextHostOffset: 4,
    };
    ctx.tx.put('vSwitches', vSwitch.VSwitchId, vSwitch);
    return { VSwitchId: vSwitch.VSwitchId };
  },
});
