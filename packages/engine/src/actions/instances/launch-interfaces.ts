import { fail } from '../../errors.ts';
import type { ActionContext } from '../../context.ts';
import type { Instance, NetworkInterface } from '../../model/instance.ts';
import type { Vpc, VSwitch } from '../../model/network.ts';
import type { SecurityGroup } from '../../model/security-group.ts';
import { optionalArray, optionalInteger, optionalString } from '../../validate/params.ts';
import { allocatePrivateIps } from '../vpc/vswitch-addresses.ts';
import { CREATE_INTERFACE_CODES, requireGroupSet } from '../membership/group-set.ts';
import { interfaceQuota } from '../network-interfaces/eni-quota.ts';
import { claimInterfaceAddresses, MAX_SECONDARY_IPS } from '../network-interfaces/interface-addresses.ts';
import { readInterfaceDescription, readInterfaceName } from '../network-interfaces/interface-fields.ts';
import { macAddressFor } from '../network-interfaces/mac-address.ts';

/** One item of RunInstances' NetworkInterface.N, as the engine reads it (the rest: request-exceptions.ts). */
export interface LaunchInterfaceParams {
  /** `Primary` (only the first item: it sets up the primary interface) or `Secondary` (the default). */
  InstanceType?: string;
  VSwitchId?: string;
  SecurityGroupId?: string;
  SecurityGroupIds?: string[];
  PrimaryIpAddress?: string;
  SecondaryPrivateIpAddressCount?: number;
  NetworkInterfaceName?: string;
  Description?: string;
  /** Secondary items: an existing Available interface to attach instead of a new one (Amount 1 only). */
  NetworkInterfaceId?: string;
}

interface Item extends LaunchInterfaceParams {
  /** `NetworkInterface.2.`: how errors name the item's fields. */
  prefix: string;
}

/** The NetworkInterface.N items: the primary one (if any) and the secondary ones. @throws InvalidParameter */
export function readLaunchInterfaces(value: unknown): { primary: Item | null; secondaries: Item[] } {
  const items = optionalArray(value, 'NetworkInterface').map((raw, i): Item => {
    const prefix = `NetworkInterface.${i + 1}.`;
    if (typeof raw !== 'object' || raw === null) {
      fail('InvalidParameter', `The specified parameter NetworkInterface.${i + 1} is not valid.`, 400, prefix);
    }
    // Only the fields the engine acts on are read (the request test watches reads).
    const item = raw as LaunchInterfaceParams;
    return {
      prefix,
      InstanceType: item.InstanceType,
      VSwitchId: item.VSwitchId,
      SecurityGroupId: item.SecurityGroupId,
      SecurityGroupIds: item.SecurityGroupIds,
      PrimaryIpAddress: item.PrimaryIpAddress,
      SecondaryPrivateIpAddressCount: item.SecondaryPrivateIpAddressCount,
      NetworkInterfaceName: item.NetworkInterfaceName,
      Description: item.Description,
      NetworkInterfaceId: item.NetworkInterfaceId,
    };
  });
  const kinds = items.map((item) => optionalString(item.InstanceType, `${item.prefix}InstanceType`) || 'Secondary');
  kinds.forEach((kind, i) => {
    if ((kind !== 'Primary' && kind !== 'Secondary') || (kind === 'Primary' && i > 0)) {
      fail(
        'InvalidParameter',
        'The specified NetworkInterface.N.InstanceType is not valid: Primary (the first item only) or Secondary.',
        400,
        `${items[i]!.prefix}InstanceType`,
      );
    }
  });
  return {
    primary: kinds[0] === 'Primary' ? items[0]! : null,
    secondaries: items.filter((_, i) => kinds[i] === 'Secondary'),
  };
}

/**
 * The launch's top-level network parameters with the primary item's in their place: giving one both ways is
 * refused, as the item replaces it.
 * @throws InvalidParameter.Conflict
 */
export function withPrimaryItem<P extends object>(params: P, primary: Item | null): P {
  if (!primary) return params;
  const top = params as Record<string, unknown>;
  const pairs: [string, keyof LaunchInterfaceParams][] = [
    ['VSwitchId', 'VSwitchId'],
    ['SecurityGroupId', 'SecurityGroupId'],
    ['SecurityGroupIds', 'SecurityGroupIds'],
    ['PrivateIpAddress', 'PrimaryIpAddress'],
  ];
  const merged: Record<string, unknown> = { ...top };
  for (const [name, field] of pairs) {
    if (primary[field] === undefined || primary[field] === null) continue;
    if (top[name] !== undefined && top[name] !== null && top[name] !== '') {
      fail(
        'InvalidParameter.Conflict',
        `The parameters ${name} and ${primary.prefix}${field} cannot be specified at the same time.`,
        400,
        `${primary.prefix}${field}`,
      );
    }
    merged[name] = primary[field];
  }
  return merged as P;
}

/** What the secondary items need, checked before anything of the launch is stored. */
export interface PlannedSecondary {
  item: Item;
  vSwitch: VSwitch;
  groups: SecurityGroup[];
  existing: NetworkInterface | null;
}

/**
 * Checks the secondary items against the launch: the instance type's interface quota, each item's vSwitch (the
 * instance's zone and VPC; the primary's when none) and groups (the primary's when none), and an existing interface
 * (Available, same VPC and zone, Amount 1).
 * @throws EniPerInstanceLimitExceeded, InvalidVSwitchId.NotFound, InvalidParameter.Mismatch, InvalidParameter.Conflict,
 * InvalidEniId.NotFound, InvalidOperation.InvalidEniState, and the membership codes of CreateNetworkInterface
 */
export function planSecondaries(
  ctx: ActionContext,
  secondaries: readonly Item[],
  launch: { vpc: Vpc; vSwitch: VSwitch; groups: SecurityGroup[]; instanceType: string; amount: number },
): PlannedSecondary[] {
  const quota = interfaceQuota(launch.instanceType);
  if (1 + secondaries.length > quota) {
    fail(
      'EniPerInstanceLimitExceeded',
      `The instance type ${launch.instanceType} takes at most ${quota} network interfaces, the primary one included.`,
      403,
      'NetworkInterface',
    );
  }
  return secondaries.map((item) => {
    const existingId = optionalString(item.NetworkInterfaceId, `${item.prefix}NetworkInterfaceId`).trim();
    if (existingId !== '') return { item, ...existingInterface(ctx, item, existingId, launch) };
    const vSwitch = itemVSwitch(ctx, item, launch);
    if (launch.amount > 1 && optionalString(item.PrimaryIpAddress, `${item.prefix}PrimaryIpAddress`).trim() !== '') {
      fail(
        'InvalidParameter.Conflict',
        'PrimaryIpAddress can be specified only when Amount is 1.',
        400,
        `${item.prefix}PrimaryIpAddress`,
      );
    }
    const single = optionalString(item.SecurityGroupId, `${item.prefix}SecurityGroupId`);
    const listed = item.SecurityGroupIds !== undefined && item.SecurityGroupIds !== null;
    if (single !== '' && listed) {
      fail(
        'InvalidParameter.Conflict',
        'The parameters SecurityGroupId and SecurityGroupIds cannot be specified at the same time.',
        400,
        `${item.prefix}SecurityGroupIds`,
      );
    }
    const given = single !== '' ? [single] : listed ? item.SecurityGroupIds : null;
    const groups =
      given === null
        ? launch.groups
        : requireGroupSet(
            ctx,
            launch.vpc.RegionId,
            launch.vpc.VpcId,
            given,
            { ...CREATE_INTERFACE_CODES, field: `${item.prefix}SecurityGroupIds` },
            { joining: launch.amount },
          );
    return { item, vSwitch, groups, existing: null };
  });
}

function itemVSwitch(ctx: ActionContext, item: Item, launch: { vSwitch: VSwitch }): VSwitch {
  const id = optionalString(item.VSwitchId, `${item.prefix}VSwitchId`).trim();
  if (id === '') return launch.vSwitch;
  const vSwitch = ctx.tx.get('vSwitches', id);
  if (!vSwitch || vSwitch.RegionId !== launch.vSwitch.RegionId) {
    fail('InvalidVSwitchId.NotFound', 'Specified virtual switch does not exist.', 404, `${item.prefix}VSwitchId`);
  }
  if (vSwitch.VpcId !== launch.vSwitch.VpcId || vSwitch.ZoneId !== launch.vSwitch.ZoneId) {
    fail(
      'InvalidParameter.Mismatch',
      "A secondary interface's vSwitch must be in the instance's VPC and zone.",
      400,
      `${item.prefix}VSwitchId`,
    );
  }
  return vSwitch;
}

function existingInterface(
  ctx: ActionContext,
  item: Item,
  id: string,
  launch: { vSwitch: VSwitch; amount: number },
): { vSwitch: VSwitch; groups: SecurityGroup[]; existing: NetworkInterface } {
  const field = `${item.prefix}NetworkInterfaceId`;
  if (launch.amount > 1) {
    fail('InvalidParameter.Conflict', 'NetworkInterfaceId can be specified only when Amount is 1.', 400, field);
  }
  const eni = ctx.tx.get('networkInterfaces', id);
  if (!eni || eni.RegionId !== launch.vSwitch.RegionId) {
    fail('InvalidEniId.NotFound', 'The specified network interface does not exist.', 404, field);
  }
  if (eni.Status !== 'Available') {
    fail(
      'InvalidOperation.InvalidEniState',
      `The network interface ${id} is ${eni.Status}; only an Available interface can be attached.`,
      400,
      field,
    );
  }
  if (eni.VpcId !== launch.vSwitch.VpcId || eni.ZoneId !== launch.vSwitch.ZoneId) {
    fail('InvalidParameter.Mismatch', "The network interface must be in the instance's VPC and zone.", 400, field);
  }
  return { vSwitch: launch.vSwitch, groups: [], existing: eni };
}

/**
 * Stores the planned secondary interfaces of one launched instance (InUse at once) and gives its primary interface
 * the primary item's secondary private IPs.
 */
export function attachLaunchInterfaces(
  ctx: ActionContext,
  instance: Instance,
  primary: Item | null,
  planned: readonly PlannedSecondary[],
): void {
  const count =
    primary &&
    optionalInteger(
      primary.SecondaryPrivateIpAddressCount,
      `${primary.prefix}SecondaryPrivateIpAddressCount`,
      1,
      MAX_SECONDARY_IPS,
    );
  if (count) {
    const eni = ctx.tx.get('networkInterfaces', instance.PrimaryNetworkInterfaceId)!;
    const vSwitch = ctx.tx.get('vSwitches', eni.VSwitchId)!;
    const secondary = allocatePrivateIps(ctx.tx, vSwitch, count);
    ctx.tx.put('networkInterfaces', eni.NetworkInterfaceId, { ...eni, SecondaryPrivateIps: secondary });
  }
  for (const { item, vSwitch, groups, existing } of planned) {
    if (existing) {
      ctx.tx.put('networkInterfaces', existing.NetworkInterfaceId, {
        ...existing,
        InstanceId: instance.InstanceId,
        Status: 'InUse',
      });
      continue;
    }
    const name = readInterfaceName(item.NetworkInterfaceName);
    const description = readInterfaceDescription(item.Description);
    // Read again: this launch's own allocations have moved its next free address.
    const current = ctx.tx.get('vSwitches', vSwitch.VSwitchId)!;
    const { address, secondary } = claimInterfaceAddresses(ctx.tx, current, item, item.prefix);
    const eniId = ctx.newId('eni', instance.RegionId);
    ctx.tx.put('networkInterfaces', eniId, {
      NetworkInterfaceId: eniId,
      NetworkInterfaceName: name,
      Description: description,
      RegionId: instance.RegionId,
      ZoneId: vSwitch.ZoneId,
      VpcId: vSwitch.VpcId,
      VSwitchId: vSwitch.VSwitchId,
      Type: 'Secondary',
      InstanceId: instance.InstanceId,
      Status: 'InUse',
      PrimaryIpAddress: address,
      ...(secondary.length > 0 ? { SecondaryPrivateIps: secondary } : {}),
      MacAddress: macAddressFor(eniId),
      SecurityGroupIds: groups.map((g) => g.SecurityGroupId),
      CreationTime: ctx.time,
      Tags: [],
      ResourceGroupId: instance.ResourceGroupId,
    });
  }
}
