import { queryOptions } from '@tanstack/react-query';
import type { Engine, ResponseOf } from '@sg/engine';

/**
 * The security groups an instance or network interface is in, and those it could be in (its VPC's): shared by
 * the instances and network-interfaces features, which both change an interface's groups.
 */
export type GroupSummary = ResponseOf<'DescribeSecurityGroups'>['SecurityGroups']['SecurityGroup'][number];

export const interfaceGroupKeys = {
  all: ['interfaceGroups'] as const,
  ofVpc: (regionId: string, vpcId: string) => [...interfaceGroupKeys.all, regionId, 'vpc', vpcId] as const,
  byIds: (regionId: string, ids: readonly string[]) => [...interfaceGroupKeys.all, regionId, 'ids', ...ids] as const,
};

/** Every group of a VPC (the choices of "Change Security Groups"), up to the API's page of 100. */
export function vpcGroupsQuery(engine: Engine, regionId: string, vpcId: string) {
  return queryOptions({
    queryKey: interfaceGroupKeys.ofVpc(regionId, vpcId),
    queryFn: () => engine.call('DescribeSecurityGroups', { RegionId: regionId, VpcId: vpcId, PageSize: 100 }),
    select: (res) => res.SecurityGroups.SecurityGroup,
    enabled: vpcId !== '',
  });
}

/** The given groups, in the given order (an interface's order is the order its rules tie-break in). */
export function groupsByIdQuery(engine: Engine, regionId: string, ids: readonly string[]) {
  return queryOptions({
    queryKey: interfaceGroupKeys.byIds(regionId, ids),
    queryFn: async () => {
      const res = await engine.call('DescribeSecurityGroups', {
        RegionId: regionId,
        SecurityGroupIds: [...ids],
        PageSize: 100,
      });
      const byId = new Map(res.SecurityGroups.SecurityGroup.map((g) => [g.SecurityGroupId, g]));
      return ids.flatMap((id) => {
        const group = byId.get(id);
        return group ? [group] : [];
      });
    },
    enabled: ids.length > 0,
  });
}
