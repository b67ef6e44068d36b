import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface AssociateSecurityGroupsInput {
  regionId: string;
  policyId: string;
  /** Groups to add to the policy (each is snapshotted at once while the policy is enabled). */
  added: string[];
  removed: string[];
}

/**
 * The Associated Security Group dialog's OK: AssociateSecurityGroupSnapshotPolicy for the new groups and
 * DisassociateSecurityGroupSnapshotPolicy for the removed ones, in one transaction (all or nothing).
 */
export function useAssociateSecurityGroups() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, policyId, added, removed }: AssociateSecurityGroupsInput) =>
      engine.batch(async (call) => {
        const base = { RegionId: regionId, SnapshotPolicyId: policyId };
        if (removed.length > 0) {
          await call('DisassociateSecurityGroupSnapshotPolicy', { ...base, SecurityGroupIds: removed });
        }
        if (added.length === 0) return [];
        const response = await call('AssociateSecurityGroupSnapshotPolicy', { ...base, SecurityGroupIds: added });
        return response.SnapshotIds.SnapshotId;
      }),
  });
}
