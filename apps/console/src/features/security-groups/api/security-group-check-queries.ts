import { queryOptions } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';
import { dryRunProblem } from './dry-run.ts';
import { securityGroupKeys } from './security-group-queries.ts';

/** What the engine says about changing or deleting a group, asked before the user tries. */
export const securityGroupCheckKeys = {
  deletion: (regionId: string, groupId: string) =>
    [...securityGroupKeys.detail(regionId, groupId), 'deletion-check'] as const,
  policy: (regionId: string, groupId: string, policy: string) =>
    [...securityGroupKeys.detail(regionId, groupId), 'policy-check', policy] as const,
  attribute: (regionId: string, groupId: string) =>
    [...securityGroupKeys.detail(regionId, groupId), 'attribute-check'] as const,
};

/** What holds the group, and what DeleteSecurityGroup and ForceDeleteSecurityGroup would answer now. */
export function deletionCheckQuery(engine: Engine, regionId: string, groupId: string) {
  const ids = { RegionId: regionId, SecurityGroupId: groupId };
  return queryOptions({
    queryKey: securityGroupCheckKeys.deletion(regionId, groupId),
    queryFn: async () => ({
      dependencies: await engine.call('DescribeSecurityGroupDependencies', ids),
      deleteProblem: await dryRunProblem(() => engine.call('DeleteSecurityGroup', { ...ids, DryRun: true })),
      forceDeleteProblem: await dryRunProblem(() => engine.call('ForceDeleteSecurityGroup', { ...ids, DryRun: true })),
    }),
  });
}

/** The engine's answer to setting the group's internal access control policy (null: it would accept). */
export function policyCheckQuery(engine: Engine, regionId: string, groupId: string, policy: string) {
  return queryOptions({
    queryKey: securityGroupCheckKeys.policy(regionId, groupId, policy),
    queryFn: () =>
      dryRunProblem(() =>
        engine.call('ModifySecurityGroupPolicy', {
          RegionId: regionId,
          SecurityGroupId: groupId,
          InnerAccessPolicy: policy,
          DryRun: true,
        }),
      ),
  });
}

/** The engine's answer to changing the group's attributes: for a managed group, why it cannot. */
export function attributeCheckQuery(engine: Engine, regionId: string, groupId: string) {
  return queryOptions({
    queryKey: securityGroupCheckKeys.attribute(regionId, groupId),
    queryFn: () =>
      dryRunProblem(() =>
        engine.call('ModifySecurityGroupAttribute', { RegionId: regionId, SecurityGroupId: groupId, DryRun: true }),
      ),
  });
}
