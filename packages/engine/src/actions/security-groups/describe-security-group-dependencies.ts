import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { deletionProblem, holdersOf } from './delete-security-group.ts';
import { readGroupId, requireGroup } from './group-lookup.ts';

export interface DescribeSecurityGroupDependenciesParams {
  RegionId: string;
  SecurityGroupId: string;
}

export interface DescribeSecurityGroupDependenciesResponse {
  Instances: { InstanceId: string; InstanceName: string }[];
  NetworkInterfaces: { NetworkInterfaceId: string; Type: 'Primary' | 'Secondary'; InstanceId: string }[];
  ReferencingSecurityGroups: { SecurityGroupId: string; SecurityGroupName: string }[];
  DeletionProtection: boolean;
  ServiceManaged: boolean;
  /** Whether DeleteSecurityGroup would succeed now; it applies the same checks. */
  Deletable: boolean;
}

/**
 * Console extension, not part of the real API: everything that holds a group, for the delete dialog
 * (member instances and interfaces, groups whose rules reference it, protection and management).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound
 */
export const describeSecurityGroupDependencies = defineAction<
  DescribeSecurityGroupDependenciesParams,
  DescribeSecurityGroupDependenciesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const group = requireGroup(ctx.tx, region.RegionId, readGroupId(params.SecurityGroupId));
    const holders = holdersOf(ctx.tx, group);
    const members = [...holders.members].sort((a, b) => a.NetworkInterfaceId.localeCompare(b.NetworkInterfaceId));
    const instanceIds = [...new Set(members.map((eni) => eni.InstanceId).filter((id) => id !== ''))].sort();
    return {
      Instances: instanceIds.map((InstanceId) => ({
        InstanceId,
        InstanceName: ctx.tx.get('instances', InstanceId)?.InstanceName ?? '',
      })),
      NetworkInterfaces: members.map((eni) => ({
        NetworkInterfaceId: eni.NetworkInterfaceId,
        Type: eni.Type,
        InstanceId: eni.InstanceId,
      })),
      ReferencingSecurityGroups: holders.referencing.map((g) => ({
        SecurityGroupId: g.SecurityGroupId,
        SecurityGroupName: g.SecurityGroupName,
      })),
      DeletionProtection: group.DeletionProtection,
      ServiceManaged: group.ServiceManaged,
      Deletable: !group.ServiceManaged && deletionProblem(group, holders) === null,
    };
  },
});
