import { fail } from '../../errors.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import {
  optionalArray,
  optionalInteger,
  optionalString,
  requireRegion,
  requiredString,
} from '../../validate/params.ts';
import type { Transaction } from '../../transaction.ts';
import type { VSwitch } from '../../model/network.ts';
import { readResourceGroupId, readResourceTags } from '../../validate/resource-tags.ts';
import { defineAction } from '../define.ts';
import { CREATE_INTERFACE_CODES, requireGroupSet } from '../membership/group-set.ts';
import { allocatePrivateIps, claimPrivateIp } from '../vpc/vswitch-addresses.ts';
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

    const { address, secondary } = claimAddresses(ctx.tx, vSwitch, params);

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

/** An interface may hold up to 49 secondary private IPs when it is created. */
const MAX_SECONDARY = 49;

/**
 * The primary and secondary private IPs of a new interface: the chosen ones claimed first (each free and distinct),
 * then the next free ones of the vSwitch for the rest.
 * @throws InvalidParameter.Conflict, InvalidParameter, InvalidVSwitchId.IpInvalid, InvalidPrivateIpAddress.Duplicated,
 * InvalidVSwitchId.IpNotEnough
 */
function claimAddresses(
  tx: Transaction,
  vSwitch: VSwitch,
  params: CreateNetworkInterfaceParams,
): { address: string; secondary: string[] } {
  const listed = optionalArray(params.PrivateIpAddress, 'PrivateIpAddress').map((ip, i) =>
    optionalString(ip, `PrivateIpAddress.${i + 1}`).trim(),
  );
  const count = optionalInteger(
    params.SecondaryPrivateIpAddressCount,
    'SecondaryPrivateIpAddressCount',
    1,
    MAX_SECONDARY,
  );
  if (listed.length > 0 && count !== undefined) {
    fail(
      'InvalidParameter.Conflict',
      'The parameters SecondaryPrivateIpAddressCount and PrivateIpAddress.N cannot be specified at the same time.',
      400,
      'SecondaryPrivateIpAddressCount',
    );
  }
  if (listed.length > MAX_SECONDARY) {
    fail(
      'InvalidParameter',
      `The specified parameter PrivateIpAddress.N is not valid: at most ${MAX_SECONDARY} addresses.`,
      400,
      'PrivateIpAddress',
    );
  }
  const claimed = new Set<string>();
  const claim = (text: string, field: string): string => {
    const ip = claimPrivateIp(tx, vSwitch, text, field);
    if (claimed.has(ip)) {
      fail('InvalidPrivateIpAddress.Duplicated', 'Specified private IP address is duplicated.', 400, field);
    }
    claimed.add(ip);
    return ip;
  };
  const wanted = optionalString(params.PrimaryIpAddress, 'PrimaryIpAddress').trim();
  const primary = wanted !== '' ? claim(wanted, 'PrimaryIpAddress') : null;
  const chosen = listed.map((ip, i) => claim(ip, `PrivateIpAddress.${i + 1}`));
  const fresh = allocatePrivateIps(tx, vSwitch, (primary === null ? 1 : 0) + (count ?? 0), claimed);
  return primary === null
    ? { address: fresh[0]!, secondary: [...chosen, ...fresh.slice(1)] }
    : { address: primary, secondary: [...chosen, ...fresh] };
}
