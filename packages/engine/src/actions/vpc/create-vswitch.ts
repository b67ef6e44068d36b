import { fail } from '../../errors.ts';
import type { VSwitch } from '../../model/network.ts';
import { cidrsOverlap, parseCidr } from '../../validate/cidr.ts';
import { optionalString, requireRegion, requiredString } from '../../validate/params.ts';
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
 * Creates a vSwitch in a zone of the VPC's region. Its block must sit inside the VPC's block, with a mask
 * from /16 to /29, and must not overlap another vSwitch of the VPC.
 * @throws MissingParameter.VpcId, MissingParameter.ZoneId, MissingParameter.CidrBlock, InvalidVpcId.NotFound,
 * InvalidZoneId.NotFound, InvalidCidrBlock.Malformed, InvalidCidrBlock.Overlapped, InvalidVSwitchName.Malformed
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
      fail('InvalidZoneId.NotFound', 'The specified zone does not exist.', 404, 'ZoneId');
    }
    const cidr = parseCidr(requiredString(params.CidrBlock, 'CidrBlock'));
    const vpcCidr = parseCidr(vpc.CidrBlock)!;
    if (
      !cidr ||
      cidr.family !== 'IPv4' ||
      cidr.isBareAddress ||
      !cidr.isCanonical ||
      cidr.prefix < 16 ||
      cidr.prefix > 29 ||
      cidr.first < vpcCidr.first ||
      cidr.last > vpcCidr.last
    ) {
      fail('InvalidCidrBlock.Malformed', 'Specified CIDR block is not valid.', 400, 'CidrBlock');
    }
    const siblings = ctx.tx.all('vSwitches').filter((v) => v.VpcId === vpcId);
    if (siblings.some((v) => cidrsOverlap(parseCidr(v.CidrBlock)!, cidr))) {
      fail('InvalidCidrBlock.Overlapped', 'Specified CIDR block overlapped with other vswitch.', 400, 'CidrBlock');
    }
    const name = optionalString(params.VSwitchName, 'VSwitchName');
    if (name !== '' && (!/^\p{L}[\p{L}\p{Nd}_.-]{0,127}$/u.test(name) || /^https?:\/\//i.test(name))) {
      fail('InvalidVSwitchName.Malformed', 'Specified VSwitch name is not valid.', 400, 'VSwitchName');
    }
    const vSwitch: VSwitch = {
      VSwitchId: ctx.newId('vsw', region.RegionId),
      VpcId: vpcId,
      RegionId: region.RegionId,
      ZoneId: zoneId,
      VSwitchName: name,
      Description: optionalString(params.Description, 'Description'),
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
