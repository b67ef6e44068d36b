import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

interface DeleteSecurityGroupsParams {
  RegionId: string;
  SecurityGroupIds: string[];
}

/** Deletes several groups with DeleteSecurityGroup calls in one batch: all of them, or none if one fails. */
export function useDeleteSecurityGroups() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ RegionId, SecurityGroupIds }: DeleteSecurityGroupsParams) =>
      engine.batch(async (call) => {
        for (const SecurityGroupId of SecurityGroupIds)
          await call('DeleteSecurityGroup', { RegionId, SecurityGroupId });
        return SecurityGroupIds;
      }),
  });
}
