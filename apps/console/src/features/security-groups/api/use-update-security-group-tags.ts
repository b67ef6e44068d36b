import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface TagChange {
  RegionId: string;
  SecurityGroupId: string;
  /** Added keys and keys whose value changed. */
  set: { Key: string; Value: string }[];
  /** Keys to remove. */
  remove: string[];
}

/** Edits a group's tags: UntagResources for removed keys and TagResources for the rest, in one batch. */
export function useUpdateSecurityGroupTags() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ RegionId, SecurityGroupId, set, remove }: TagChange) =>
      engine.batch(async (call) => {
        const target = { RegionId, ResourceType: 'securitygroup' as const, ResourceId: [SecurityGroupId] };
        if (remove.length > 0) await call('UntagResources', { ...target, TagKey: remove });
        if (set.length > 0) await call('TagResources', { ...target, Tag: set });
      }),
  });
}
