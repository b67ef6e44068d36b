import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

export const instanceKeys = {
  all: ['instances'] as const,
  list: (regionId: string, page: number, pageSize: number) =>
    [...instanceKeys.all, regionId, 'list', { page, pageSize }] as const,
  detail: (regionId: string, instanceId: string) => [...instanceKeys.all, regionId, 'detail', instanceId] as const,
  interfaces: (regionId: string, instanceId: string) =>
    [...instanceKeys.all, regionId, 'interfaces', instanceId] as const,
  launchGroups: (regionId: string, vpcId: string) => [...instanceKeys.all, regionId, 'launch-groups', vpcId] as const,
};

/** One page of the region's instances, newest first, with the region's count of them. */
export function instanceListQuery(engine: Engine, regionId: string, page: number, pageSize: number) {
  return queryOptions({
    queryKey: instanceKeys.list(regionId, page, pageSize),
    queryFn: () => engine.call('DescribeInstances', { RegionId: regionId, PageNumber: page, PageSize: pageSize }),
    select: (res) => ({ instances: res.Instances.Instance, total: res.TotalCount }),
    placeholderData: keepPreviousData,
  });
}

/** One instance, or null when the region has no instance with this ID (DescribeInstances filters, never fails). */
export function instanceQuery(engine: Engine, regionId: string, instanceId: string) {
  return queryOptions({
    queryKey: instanceKeys.detail(regionId, instanceId),
    queryFn: () => engine.call('DescribeInstances', { RegionId: regionId, InstanceIds: [instanceId] }),
    select: (res) => res.Instances.Instance[0] ?? null,
  });
}

/** The interfaces attached to an instance: its primary one and its secondary ones. */
export function instanceInterfacesQuery(engine: Engine, regionId: string, instanceId: string) {
  return queryOptions({
    queryKey: instanceKeys.interfaces(regionId, instanceId),
    queryFn: () => engine.call('DescribeNetworkInterfaces', { RegionId: regionId, InstanceId: instanceId }),
    select: (res) => res.NetworkInterfaceSets.NetworkInterfaceSet,
  });
}

/** The groups a new instance in this VPC may join (Create Instance's "Network and Security Group"). */
export function launchSecurityGroupsQuery(engine: Engine, regionId: string, vpcId: string) {
  return queryOptions({
    queryKey: instanceKeys.launchGroups(regionId, vpcId),
    queryFn: () => engine.call('DescribeSecurityGroups', { RegionId: regionId, VpcId: vpcId, PageSize: 100 }),
    select: (res) => res.SecurityGroups.SecurityGroup,
    enabled: vpcId !== '',
  });
}
