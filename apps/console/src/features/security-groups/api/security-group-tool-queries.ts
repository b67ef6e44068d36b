import { queryOptions } from '@tanstack/react-query';
import type { Engine, ParamsOf } from '@sg/engine';
import { securityGroupKeys } from './security-group-queries.ts';

/** The read-only answers behind a group's tools: Health Check, the clone plan and the import preview. */
export const securityGroupToolKeys = {
  redundantRules: (regionId: string, groupId: string) =>
    [...securityGroupKeys.detail(regionId, groupId), 'redundant-rules'] as const,
  clonePlan: (params: ParamsOf<'DescribeCloneSecurityGroupPlan'>) =>
    [...securityGroupKeys.detail(params.RegionId, params.SecurityGroupId), 'clone-plan', params] as const,
  importPreview: (regionId: string, groupId: string, fileId: number) =>
    [...securityGroupKeys.detail(regionId, groupId), 'import-preview', fileId] as const,
};

/** Health Check: the group's redundant rules, each with the rule that covers it. */
export function redundantRulesQuery(engine: Engine, regionId: string, groupId: string) {
  return queryOptions({
    queryKey: securityGroupToolKeys.redundantRules(regionId, groupId),
    queryFn: () => engine.call('DescribeSecurityGroupRedundantRules', { RegionId: regionId, SecurityGroupId: groupId }),
    select: (res) => res.RedundantRules.RedundantRule,
  });
}

/** What CloneSecurityGroup would copy and leave behind with these parameters (it fails as the clone would). */
export function clonePlanQuery(engine: Engine, params: ParamsOf<'DescribeCloneSecurityGroupPlan'>) {
  return queryOptions({
    queryKey: securityGroupToolKeys.clonePlan(params),
    queryFn: () => engine.call('DescribeCloneSecurityGroupPlan', params),
  });
}

/**
 * Every row of an import file, classified by the engine before anything is written. Keyed by the file's pick
 * (fileIdOf), not by its rows: a change to the group classifies the parsed rows again, without hashing or parsing
 * the file.
 */
export function importPreviewQuery(
  engine: Engine,
  params: ParamsOf<'PreviewImportSecurityGroupRules'>,
  fileId: number,
) {
  return queryOptions({
    queryKey: securityGroupToolKeys.importPreview(params.RegionId, params.SecurityGroupId, fileId),
    queryFn: () => engine.call('PreviewImportSecurityGroupRules', params),
  });
}
