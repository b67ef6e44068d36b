import { fail } from '../../errors.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import { optionalString, requireRegion, requiredString } from '../../validate/params.ts';
import { readResourceGroupId, readResourceTags } from '../../validate/resource-tags.ts';
import { defineAction } from '../define.ts';
import { CREATE_INTERFACE_CODES, requireGroupSet } from '../membership/group-set.ts';
import { claimInterfaceAddresses } from './interface-addresses.ts';
import { networkInterfaceView, type NetworkInterfaceView } from './describe-network-interfaces.ts';
import { readInterfaceDescription, readInterfaceName } from './interface-fields.ts';
import { macAddressFor } from './mac-address.ts';

export interface CreateNetworkInterfaceParams {
  RegionId: string;
  /** Idempotence: a retry with the same token and parameters answers the first call again (client-token.ts). */
  ClientToken?: string;
  VSwitchId: string;
  /** One group; not together with SecurityGroupIds. */
  SecurityGroupId?: string;
  /** SecurityGroupIds.N: up to the per-interface group quota. */
  SecurityGroupIds?: string[];
  NetworkInterfaceName?: string;
  Description?: string;
  /** A free address of the vSwitch; by default the next free one. */
  PrimaryIpAddress?: string;
  /** PrivateIpAddress.N: secondary private IPs, free addresses of the vSwitch (up to 49). */
  PrivateIpAddress?: string[];
  /** 1–49 secondary private IPs, the next free ones; not together with PrivateIpAddress.N. */
  SecondaryPrivateIpAddressCount?: number;
  /** `Secondary` (the default); trunk interfaces are not modelled. */
  InstanceType?: string;
  /** Tag.N: the tags the new resource starts with. */
  Tag?: { Key: string; Value?: string }[];
  /** The account's default resource group when not given; it has no other (model/account.ts). */
  ResourceGroupId?: string;
}

/** The new interface as DescribeNetworkInterfaces shows it, less what the API's answer leaves out (attached to none). */
export type CreateNetworkInterfaceResponse = Omit<NetworkInterfaceView, 'InstanceId' | 'CreationTime'>;

/**
 * Creates a secondary network interface (ENI), Available (attached to nothing), with a private IP from its
 * vSwitch and the given security groups, checked as every way into a group checks them.
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidVSwitchId.NotFound,
 * InvalidParameter, InvalidNetworkInterfaceName.Malformed, InvalidDescription.Malformed, InvalidResourceGroup.NotFound, InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey, QuotaExceed.Tags,, InvalidDescription.Malformed, InvalidParameter.Conflict,
 * InvalidParameter.SecurityGroupIdRepeated, JoinedGroupLimitExceed, InvalidSecurityGroupId.NotFound,
 * InvalidOperation.VpcMismatch, InvalidOperation.MultiGroupType, AclLimitExceed, SecurityGroupInstanceLimitExceed,
 * InvalidOperation.EniCountExceeded, InvalidVSwitchId.IpInvalid,
 * InvalidPrivateIpAddress.Duplicated, InvalidVSwitchId.IpNotEnough
 */
export const createNetworkInterface = defineAction<CreateNetworkInterfaceParams, CreateNetworkInterfaceResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const vSwitchId = requiredString(params.VSwitchId, 'VSwitchId', 'MissingParameter');
    const vSwitch = ctx.tx.get('vSwitches', vSwitchId);
    if (!vSwitch || vSwitch.RegionId !== region.RegionId) {
      fail('InvalidVSwitchId.NotFound', 'Specified virtual switch does not exist.', 404, 'VSwitchId');
    }
    const kind = optionalString(params.InstanceType, 'InstanceType').trim();
    if (kind !== '' && kind !== 'Secondary') {
      fail(
        'InvalidParameter',
        'The specified parameter InstanceType is not valid: only Secondary interfaces are modelled (no trunk interfaces).',
        400,
        'InstanceType',
      );
    }
    const name = readInterfaceName(params.NetworkInterfaceName);
    const description = readInterfaceDescription(params.Description);
    const tags = readResourceTags(params.Tag, ctx.profile.limits.tagsPerResource);
    const resourceGroupId = readResourceGroupId(params.ResourceGroupId);

    const single = optionalString(params.SecurityGroupId, 'SecurityGroupId');
    const hasList = params.SecurityGroupIds !== undefined && params.SecurityGroupIds !== null;
    if (single !== '' && hasList) {
      fail(
        'InvalidParameter.Conflict',
        'The parameters SecurityGroupId and SecurityGroupIds cannot be specified at the same time.',
        400,
        'SecurityGroupIds',
      );
    }
    const groups = requireGroupSet(
      ctx,
      region.RegionId,
      vSwitch.VpcId,
      single !== '' ? [single] : params.SecurityGroupIds,
      CREATE_INTERFACE_CODES,
    );
    // Every interface is in at least one group (spec §1).
    if (groups.length === 0) {
      fail(
        'MissingParameter',
        'The input parameter "SecurityGroupId" or "SecurityGroupIds" that is mandatory for processing this request is not supplied.',
        400,
        'SecurityGroupIds',
      );
    }

    const { address, secondary } = claimInterfaceAddresses(ctx.tx, vSwitch, params);

    const eniId = ctx.newId('eni', region.RegionId);
    const eni: NetworkInterface = {
      NetworkInterfaceId: eniId,
      NetworkInterfaceName: name,
      Description: description,
      RegionId: region.RegionId,
      ZoneId: vSwitch.ZoneId,
      VpcId: vSwitch.VpcId,
      VSwitchId: vSwitch.VSwitchId,
      Type: 'Secondary',
      InstanceId: '',
      Status: 'Available',
      PrimaryIpAddress: address,
      ...(secondary.length > 0 ? { SecondaryPrivateIps: secondary } : {}),
      MacAddress: macAddressFor(eniId),
      SecurityGroupIds: groups.map((g) => g.SecurityGroupId),
      CreationTime: ctx.time,
      Tags: tags,
      ResourceGroupId: resourceGroupId,
    };
    ctx.tx.put('networkInterfaces', eniId, eni);
    const { InstanceId: _instance, CreationTime: _created, ...view } = networkInterfaceView(eni);
    return view;
  },
});
