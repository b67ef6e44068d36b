import { useMutation } from '@tanstack/react-query';
import type { ParamsOf, SecurityGroupTemplate } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface CreateSecurityGroupInput {
  params: ParamsOf<'CreateSecurityGroup'>;
  template: SecurityGroupTemplate;
}

/**
 * CreateSecurityGroup and the template's AuthorizeSecurityGroup in one batch: the group appears with
 * all its rules, or not at all. Resolves to the new group's ID.
 */
export function useCreateSecurityGroup() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ params, template }: CreateSecurityGroupInput) =>
      engine.batch(async (call) => {
        const { SecurityGroupId } = await call('CreateSecurityGroup', params);
        if (template.ingress.length > 0) {
          await call('AuthorizeSecurityGroup', {
            RegionId: params.RegionId,
            SecurityGroupId,
            Permissions: template.ingress,
          });
        }
        return SecurityGroupId;
      }),
  });
}
