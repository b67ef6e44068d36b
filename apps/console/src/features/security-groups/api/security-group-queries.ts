import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';
import { describeWholeGroup } from '../../../queries/describe-whole-group.ts';

export interface SecurityGroupListFilters {
  keyword: string;
  page: number;
  pageSize: number;
}

export const securityGroupKeys = {
  all: ['securityGroups'] as const,
  lists: (regionId: string) => [...securityGroupKeys.all, regionId, 'list'] as const,
  list: (regionId: string, filters: SecurityGroupListFilters) =>
    [...securityGroupKeys.lists(regionId), filters] as const,
  detail: (regionId: string, groupId: string) => [...securityGroupKeys.all, regionId, 'detail', groupId] as const,
};

export function securityGroupListQuery(engine: Engine, regionId: string, filters: SecurityGroupListFilters) {
  return queryOptions({
    queryKey: securityGroupKeys.list(regionId, filters),
    queryFn: () =>
      engine.call('DescribeSecurityGroups', {
        RegionId: regionId,
        Keyword: filters.keyword || undefined,
        PageNumber: filters.page,
        PageSize: filters.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The group with all its rules: DescribeSecurityGroupAttribute pages them (500 by default, 1,000 at most a page), so
 * a group over 1,000 rules (a raised quota) takes more than one call; NextToken is followed to the end.
 */
export function securityGroupQuery(engine: Engine, regionId: string, groupId: string) {
  return queryOptions({
    queryKey: securityGroupKeys.detail(regionId, groupId),
    queryFn: () => describeWholeGroup(engine.call, { RegionId: regionId, SecurityGroupId: groupId }),
  });
}
