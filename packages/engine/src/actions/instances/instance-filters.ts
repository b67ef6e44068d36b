import { resourceGroupOf } from '../../model/account.ts';
import type { Instance } from '../../model/instance.ts';
import { fail } from '../../errors.ts';
import { readIdList } from '../../validate/id-list.ts';
import { optionalArray, optionalBoolean, optionalString } from '../../validate/params.ts';
import { billingOf } from './instance-billing.ts';
import { matchesMetadata, readMetadataOptions } from './instance-metadata.ts';
import type { MetadataOptions } from '../../model/instance.ts';
import { matchesTags, readResourceGroupFilter, readTagFilter, type TagFilter } from '../../validate/resource-tags.ts';

/**
 * DescribeInstances' filters beyond place and name. Filters on what the world does not model (elastic, classic,
 * RDMA and IPv6 addresses, key pairs, HPC clusters, locks) match no instance when given, as the real answer for
 * instances without them would be.
 */
export interface InstanceFilters {
  instanceType: string;
  family: string;
  imageId: string;
  privateIps: Set<string> | null;
  tags: TagFilter[];
  resourceGroupId: string;
  networkType: string;
  chargeType: string;
  internetChargeType: string;
  /** Every instance is I/O optimised: false matches none. */
  ioOptimized: boolean | undefined;
  /** Every instance can take data disks: false matches none. */
  deviceAvailable: boolean | undefined;
  metadata: Partial<MetadataOptions>;
  publicIps: Set<string> | null;
  /** Filter.N time windows, as epoch milliseconds (inclusive). */
  window: TimeWindow;
  /** A filter on something no instance of the world has. */
  unmodelled: boolean;
}

const UNMODELLED_LISTS = ['EipAddresses', 'InnerIpAddresses', 'RdmaIpAddresses', 'Ipv6Address'];

interface TimeWindow {
  createdFrom: number;
  createdTo: number;
  expiresFrom: number;
  expiresTo: number;
}

/** Filter.N.Key names DescribeInstances knows, and the bound each sets. */
const WINDOW_KEYS: Record<string, keyof TimeWindow> = {
  CreationStartTime: 'createdFrom',
  CreationEndTime: 'createdTo',
  ExpiredStartTime: 'expiresFrom',
  ExpiredEndTime: 'expiresTo',
};
const UNMODELLED_TEXTS = ['KeyPairName', 'HpcClusterId', 'LockReason'];

/** @throws InvalidParameter, InvalidTagKey.Malformed, NumberExceed.Tags, InvalidFilterKey.NotFound, InvalidFilterValue */
export function readMoreFilters(params: object): InstanceFilters {
  const raw = params as Record<string, unknown>;
  const unmodelled =
    UNMODELLED_LISTS.some((name) => (readIdList(raw[name], name, 100, 'InvalidParameter')?.size ?? 0) > 0) ||
    UNMODELLED_TEXTS.some((name) => optionalString(raw[name], name).trim() !== '');
  return {
    instanceType: optionalString(raw.InstanceType, 'InstanceType').trim(),
    family: optionalString(raw.InstanceTypeFamily, 'InstanceTypeFamily').trim(),
    imageId: optionalString(raw.ImageId, 'ImageId').trim(),
    privateIps: readIdList(raw.PrivateIpAddresses, 'PrivateIpAddresses', 100, 'InvalidParameter'),
    tags: readTagFilter(raw.Tag),
    resourceGroupId: readResourceGroupFilter(raw.ResourceGroupId),
    networkType: optionalString(raw.InstanceNetworkType, 'InstanceNetworkType').trim(),
    chargeType: optionalString(raw.InstanceChargeType, 'InstanceChargeType').trim(),
    internetChargeType: optionalString(raw.InternetChargeType, 'InternetChargeType').trim(),
    ioOptimized: optionalBoolean(raw.IoOptimized, 'IoOptimized'),
    deviceAvailable: optionalBoolean(raw.DeviceAvailable, 'DeviceAvailable'),
    metadata: readMetadataOptions(raw),
    publicIps: readIdList(raw.PublicIpAddresses, 'PublicIpAddresses', 100, 'InvalidParameter'),
    window: readWindow(raw.Filter),
    unmodelled,
  };
}

export function matchesMore(instance: Instance, primaryIp: string, f: InstanceFilters): boolean {
  return (
    !f.unmodelled &&
    (f.instanceType === '' || instance.InstanceType === f.instanceType) &&
    (f.family === '' || instance.InstanceType.startsWith(`${f.family}.`)) &&
    (f.imageId === '' || instance.ImageId === f.imageId) &&
    (f.privateIps === null || f.privateIps.has(primaryIp)) &&
    matchesTags(instance.Tags, f.tags) &&
    (f.resourceGroupId === '' || resourceGroupOf(instance) === f.resourceGroupId) &&
    (f.networkType === '' || f.networkType === 'vpc') &&
    (f.chargeType === '' || billingOf(instance).InstanceChargeType === f.chargeType) &&
    (f.internetChargeType === '' || billingOf(instance).InternetChargeType === f.internetChargeType) &&
    f.ioOptimized !== false &&
    f.deviceAvailable !== false &&
    matchesMetadata(instance, f.metadata) &&
    (f.publicIps === null || f.publicIps.has(instance.PublicIpAddress ?? '')) &&
    inWindow(instance, f.window)
  );
}

function inWindow(instance: Instance, w: TimeWindow): boolean {
  const created = Date.parse(instance.CreationTime);
  const expires = Date.parse(billingOf(instance).ExpiredTime);
  return created >= w.createdFrom && created <= w.createdTo && expires >= w.expiresFrom && expires <= w.expiresTo;
}

/**
 * Filter.N: `{ Key, Value }` pairs bounding when instances were created or expire, times as the API prints them
 * (`2017-12-05T22:40Z`, seconds optional).
 */
function readWindow(value: unknown): TimeWindow {
  const window: TimeWindow = {
    createdFrom: -Infinity,
    createdTo: Infinity,
    expiresFrom: -Infinity,
    expiresTo: Infinity,
  };
  optionalArray(value, 'Filter').forEach((item, i) => {
    const entry = (item ?? {}) as { Key?: unknown; Value?: unknown };
    const key = optionalString(entry.Key, `Filter.${i + 1}.Key`).trim();
    const bound = WINDOW_KEYS[key];
    if (!bound) {
      fail(
        'InvalidFilterKey.NotFound',
        `The specified Filter.${i + 1}.Key is not valid. Valid values: ${Object.keys(WINDOW_KEYS).join(', ')}.`,
        400,
        `Filter.${i + 1}.Key`,
      );
    }
    const text = optionalString(entry.Value, `Filter.${i + 1}.Value`).trim();
    const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(text) ? Date.parse(text) : NaN;
    if (Number.isNaN(at)) {
      fail(
        'InvalidFilterValue',
        `The specified Filter.${i + 1}.Value is not a time in the form yyyy-MM-ddTHH:mmZ.`,
        400,
        `Filter.${i + 1}.Value`,
      );
    }
    window[bound] = at;
  });
  return window;
}
