import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';
import { securityGroupKeys } from './security-group-queries.ts';

/**
 * Groups a rule of `groupId` may name as its authorization object: basic groups of the same VPC, other
 * than the group itself. (The engine still decides on Save; this only keeps the picker honest.)
 */
export function rulePeerGroupsQuery(engine: Engine, regionId: string, vpcId: string, groupId: string) {
  return queryOptions({
    queryKey: [...securityGroupKeys.all, regionId, 'rule-peers', vpcId, groupId] as const,
    queryFn: async () => {
      const response = await engine.call('DescribeSecurityGroups', {
        RegionId: regionId,
        VpcId: vpcId,
        SecurityGroupType: 'normal',
        PageNumber: 1,
        PageSize: 100,
      });
      return response.SecurityGroups.SecurityGroup.filter((g) => g.SecurityGroupId !== groupId);
    },
  });
}
