import { fail } from '../../errors.ts';
import type { Instance, NetworkInterface } from '../../model/instance.ts';
import { optionalBoolean, optionalString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { macAddressFor } from '../network-interfaces/mac-address.ts';
import { readInterfaceDescription, readInterfaceName } from '../network-interfaces/interface-fields.ts';
import { allocatePrivateIps, claimPrivateIp } from '../vpc/vswitch-addresses.ts';
import { descriptionProblem } from '../../validate/names.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { readResourceGroupId, readResourceTags } from '../../validate/resource-tags.ts';
import { ensureDefaultGroup } from './default-security-group.ts';
import { readBilling } from './instance-billing.ts';
import { launchMetadataOptions } from './instance-metadata.ts';
import { allocatePublicIps } from './public-ips.ts';
import {
  attachLaunchInterfaces,
  planSecondaries,
  readLaunchInterfaces,
  withPrimaryItem,
  type LaunchInterfaceParams,
} from './launch-interfaces.ts';
import { imageInfo } from './images.ts';
import { instanceNames } from './instance-names.ts';
import { launchGroups } from './launch-groups.ts';

export interface RunInstancesParams {
  RegionId: string;
  /** Idempotence: a retry with the same token and parameters answers the first call again (client-token.ts). */
  ClientToken?: string;
  /** Required, unless a Primary item of NetworkInterface.N names it. */
  VSwitchId?: string;
  /** Optional; when given it must be the vSwitch's zone. */
  ZoneId?: string;
  ImageId: string;
  InstanceType?: string;
  /** Empty: the VPC's default group, made on first need (the console's simple Create Instance). */
  SecurityGroupIds?: string[];
  /** One group; not together with SecurityGroupIds. */
  SecurityGroupId?: string;
  /** The primary interface's address, a free one of the vSwitch; only with Amount 1. */
  PrivateIpAddress?: string;
  Description?: string;
  /** Tag.N: on the instances and their primary interfaces. */
  Tag?: { Key: string; Value?: string }[];
  /** The account's default resource group when not given; it has no other (model/account.ts). */
  ResourceGroupId?: string;
  /** Empty: each instance is named by its ID. `name[begin,bits]` numbers the instances. */
  InstanceName?: string;
  /** Appends 001, 002... to InstanceName when several instances are made. */
  UniqueSuffix?: boolean;
  Amount?: number;
  /** `PostPaid` (default) or `PrePaid`, which needs Period (and PeriodUnit, `Month` by default). */
  InstanceChargeType?: string;
  Period?: number;
  PeriodUnit?: string;
  /** `PayByTraffic` (default) or `PayByBandwidth`. */
  InternetChargeType?: string;
  /** 0–100 Mbit/s; above 0 the instance gets a public IP. */
  InternetMaxBandwidthOut?: number;
  InternetMaxBandwidthIn?: number;
  /**
   * NetworkInterface.N: the first item may set up the primary interface (`InstanceType: 'Primary'`: its VSwitchId,
   * groups, PrimaryIpAddress, name, description, SecondaryPrivateIpAddressCount, in place of the top-level ones); the
   * others add secondary interfaces, new or existing, attached at launch within the type's interface quota.
   */
  NetworkInterface?: LaunchInterfaceParams[];
  /** The metadata service: `enabled` (default) or `disabled`. */
  HttpEndpoint?: string;
  /** `optional` (default) or `required` (security hardening mode). */
  HttpTokens?: string;
  /** 1–64, default 1. */
  HttpPutResponseHopLimit?: number;
  /** The world has no launch templates: naming one is refused (InvalidLaunchTemplate.NotFound). */
  LaunchTemplateId?: string;
  LaunchTemplateName?: string;
  /** Ours: a default group made by this call also lets in TCP 80 and 443. */
  DefaultGroupOpenWeb?: boolean;
}

export interface RunInstancesResponse {
  InstanceIdSets: { InstanceIdSet: string[] };
}

const INSTANCE_TYPE = /^ecs\.[a-z0-9-]+\.[a-z0-9-]+$/;
const MAX_AMOUNT = 100;

/**
 * Launches 1–100 running instances into a vSwitch, each with a primary interface that holds the next
 * free private IP of the vSwitch and joins the given groups (or the VPC's default group).
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter, InvalidVSwitchId.NotFound,
 * InvalidParameter.Mismatch, InvalidImageId.NotFound, InvalidInstanceType.ValueNotSupported, InvalidParam.Amount,
 * InvalidInstanceName.Malformed, InvalidParams.InstanceNameExceed, InvalidParameter, InvalidDescription.Malformed,
 * InvalidResourceGroup.NotFound, InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey, QuotaExceed.Tags,
 * InvalidParameter.Conflict (SecurityGroupId with SecurityGroupIds; PrivateIpAddress with Amount > 1),
 * InvalidVSwitchId.IpInvalid, InvalidPrivateIpAddress.Duplicated,
 * InvalidParameter.SecurityGroupIdRepeated, JoinedGroupLimitExceed, InvalidSecurityGroupId.NotFound,
 * InvalidOperation.MultiGroupType, AclLimitExceed, SecurityGroupInstanceLimitExceed, InvalidOperation.EniCountExceeded,
 * QuotaExceed.SecurityGroup, InvalidVSwitchId.IpNotEnough, InvalidLaunchTemplate.NotFound,
 * InvalidInstanceChargeType.ValueNotSupported, InvalidPeriod, InvalidPeriodUnit.ValueNotSupported,
 * InvalidInternetChargeType.ValueNotSupported, EniPerInstanceLimitExceeded, InvalidEniId.NotFound,
 * InvalidOperation.InvalidEniState, InvalidNetworkInterfaceName.Malformed
 */
export const runInstances = defineAction<RunInstancesParams, RunInstancesResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, given) {
    const region = requireRegion(ctx, given.RegionId);
    const launchInterfaces = readLaunchInterfaces(given.NetworkInterface);
    const params = withPrimaryItem(given, launchInterfaces.primary);
    const vSwitchId = mandatory(params.VSwitchId, 'VSwitchId');
    const vSwitch = ctx.tx.get('vSwitches', vSwitchId);
    if (!vSwitch || vSwitch.RegionId !== region.RegionId) {
      fail('InvalidVSwitchId.NotFound', 'Specified virtual switch does not exist.', 404, 'VSwitchId');
    }
    const zoneId = optionalString(params.ZoneId, 'ZoneId');
    if (zoneId !== '' && zoneId !== vSwitch.ZoneId) {
      fail('InvalidParameter.Mismatch', 'Specified virtual switch is not in the specified zone.', 400, 'ZoneId');
    }
    // A vSwitch always has its VPC; the check only narrows the type and guards a damaged world.
    const vpc = ctx.tx.get('vpcs', vSwitch.VpcId);
    if (!vpc) fail('InvalidVSwitchId.NotFound', 'Specified virtual switch does not exist.', 404, 'VSwitchId');

    refuseLaunchTemplate(params);
    const imageId = mandatory(params.ImageId, 'ImageId');
    const image = imageInfo(imageId);
    if (!image) fail('InvalidImageId.NotFound', 'The specified ImageId does not exist.', 404, 'ImageId');
    const instanceType = optionalString(params.InstanceType, 'InstanceType') || 'ecs.g7.large';
    if (!INSTANCE_TYPE.test(instanceType)) {
      fail(
        'InvalidInstanceType.ValueNotSupported',
        'The specified InstanceType does not exist or beyond the permitted range.',
        400,
        'InstanceType',
      );
    }
    const amount = readAmount(params.Amount);
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(descriptionProblem(description), 'Description');
    const tags = readResourceTags(params.Tag, ctx.profile.limits.tagsPerResource);
    const resourceGroupId = readResourceGroupId(params.ResourceGroupId);
    const billing = readBilling(params as unknown as Record<string, unknown>, ctx.now);
    const metadataOptions = launchMetadataOptions(params as unknown as Record<string, unknown>);
    const wantedIp = optionalString(params.PrivateIpAddress, 'PrivateIpAddress').trim();
    if (wantedIp !== '' && amount > 1) {
      fail(
        'InvalidParameter.Conflict',
        'PrivateIpAddress can be specified only when Amount is 1.',
        400,
        'PrivateIpAddress',
      );
    }
    const names = instanceNames(
      optionalString(params.InstanceName, 'InstanceName'),
      amount,
      optionalBoolean(params.UniqueSuffix, 'UniqueSuffix') ?? false,
    );

    let groups = launchGroups(ctx, launchGroupIds(params), vpc, amount);
    if (groups.length === 0) {
      groups = [
        ensureDefaultGroup(ctx, vpc, optionalBoolean(params.DefaultGroupOpenWeb, 'DefaultGroupOpenWeb') ?? false),
      ];
    }
    const primaryItem = launchInterfaces.primary;
    const primaryName = readInterfaceName(primaryItem?.NetworkInterfaceName);
    const primaryDescription = readInterfaceDescription(primaryItem?.Description);
    const planned = planSecondaries(ctx, launchInterfaces.secondaries, { vpc, vSwitch, groups, instanceType, amount });
    const addresses =
      wantedIp !== ''
        ? [claimPrivateIp(ctx.tx, vSwitch, wantedIp, 'PrivateIpAddress')]
        : allocatePrivateIps(ctx.tx, vSwitch, amount);
    const publicIps =
      billing.InternetMaxBandwidthOut > 0
        ? allocatePublicIps(ctx.tx, ctx.profile.regions.indexOf(region), addresses.length)
        : [];

    const launched = addresses.map((address, i) => {
      const instanceId = ctx.newId('i', region.RegionId);
      const eniId = ctx.newId('eni', region.RegionId);
      const eni: NetworkInterface = {
        NetworkInterfaceId: eniId,
        NetworkInterfaceName: primaryName,
        Description: primaryDescription,
        RegionId: region.RegionId,
        ZoneId: vSwitch.ZoneId,
        VpcId: vpc.VpcId,
        VSwitchId: vSwitch.VSwitchId,
        Type: 'Primary',
        InstanceId: instanceId,
        Status: 'InUse',
        PrimaryIpAddress: address,
        MacAddress: macAddressFor(eniId),
        SecurityGroupIds: groups.map((g) => g.SecurityGroupId),
        CreationTime: ctx.time,
        Tags: tags.map((t) => ({ ...t })),
        ResourceGroupId: resourceGroupId,
      };
      const instance: Instance = {
        InstanceId: instanceId,
        RegionId: region.RegionId,
        ZoneId: vSwitch.ZoneId,
        InstanceName: names[i] || instanceId,
        Description: description,
        InstanceType: instanceType,
        ImageId: imageId,
        OSType: image.OSType,
        OSName: image.OSName,
        Status: 'Running',
        VpcId: vpc.VpcId,
        VSwitchId: vSwitch.VSwitchId,
        PrimaryNetworkInterfaceId: eniId,
        Tags: tags.map((t) => ({ ...t })),
        ResourceGroupId: resourceGroupId,
        CreationTime: ctx.time,
        StartTime: ctx.time,
        ...billing,
        ...(publicIps[i] ? { PublicIpAddress: publicIps[i] } : {}),
        MetadataOptions: metadataOptions,
      };
      ctx.tx.put('networkInterfaces', eniId, eni);
      ctx.tx.put('instances', instanceId, instance);
      return instance;
    });
    // After every primary interface is stored, so their addresses are taken.
    for (const instance of launched) attachLaunchInterfaces(ctx, instance, primaryItem, planned);
    const ids = launched.map((i) => i.InstanceId);
    return { InstanceIdSets: { InstanceIdSet: ids } };
  },
});

/** Launch templates are not modelled, so there is none to name: the real answer for an unknown template. */
function refuseLaunchTemplate(params: RunInstancesParams): void {
  for (const field of ['LaunchTemplateId', 'LaunchTemplateName'] as const) {
    if (optionalString(params[field], field).trim() !== '') {
      fail('InvalidLaunchTemplate.NotFound', 'The specified launch template does not exist.', 404, field);
    }
  }
}

/** RunInstances names a missing mandatory parameter with plain `MissingParameter`. */
function mandatory(value: unknown, name: string): string {
  const text = optionalString(value, name);
  if (text === '') {
    fail(
      'MissingParameter',
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
      400,
      name,
    );
  }
  return text;
}

function readAmount(value: unknown): number {
  if (value === undefined || value === null || value === '') return 1;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_AMOUNT) {
    fail(
      'InvalidParam.Amount',
      `The specified parameter Amount is not valid. Valid values: 1 to ${MAX_AMOUNT}.`,
      403,
      'Amount',
    );
  }
  return n;
}

/** SecurityGroupId (one) or SecurityGroupIds, never both. @throws InvalidParameter.Conflict */
function launchGroupIds(params: RunInstancesParams): unknown {
  const single = optionalString(params.SecurityGroupId, 'SecurityGroupId').trim();
  if (single === '') return params.SecurityGroupIds;
  if (params.SecurityGroupIds !== undefined && params.SecurityGroupIds !== null) {
    fail(
      'InvalidParameter.Conflict',
      'The parameters SecurityGroupId and SecurityGroupIds cannot be specified at the same time.',
      400,
      'SecurityGroupIds',
    );
  }
  return [single];
}
