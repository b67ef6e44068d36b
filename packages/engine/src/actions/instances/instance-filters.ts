import { resourceGroupOf } from '../../model/account.ts';
import type { Instance } from '../../model/instance.ts';
import { readIdList } from '../../validate/id-list.ts';
import { optionalString } from '../../validate/params.ts';
import { matchesTags, readResourceGroupFilter, readTagFilter, type TagFilter } from '../../validate/resource-tags.ts';

/**
 * DescribeInstances' filters beyond place and name. Filters on what the world does not model (public, elastic,
 * classic, RDMA and IPv6 addresses, key pairs, HPC clusters, locks) match no instance when given, as the real
 * answer for instances without them would be.
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
  /** A filter on something no instance of the world has. */
  unmodelled: boolean;
}

const UNMODELLED_LISTS = ['EipAddresses', 'PublicIpAddresses', 'InnerIpAddresses', 'RdmaIpAddresses', 'Ipv6Address'];
const UNMODELLED_TEXTS = ['KeyPairName', 'HpcClusterId', 'LockReason'];

/** @throws InvalidParameter, InvalidTagKey.Malformed, NumberExceed.Tags */
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
    (f.chargeType === '' || f.chargeType === 'PostPaid')
  );
}
