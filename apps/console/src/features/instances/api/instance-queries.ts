import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';

export const instanceKeys = {
  all: ['instances'] as const,
  list: (regionId: string) => [...instanceKeys.all, regionId, 'list'] as const,
  launchGroups: (regionId: string, vpcId: string) => [...instanceKeys.all, regionId, 'launch-groups', vpcId] as const,
};

export function instanceListQuery(engine: Engine, regionId: string) {
  return queryOptions({
    queryKey: instanceKeys.list(regionId),
    queryFn: () => engine.call('DescribeInstances', { RegionId: regionId, PageSize: 100 }),
    select: (res) => res.Instances.Instance,
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
