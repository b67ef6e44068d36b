import { useMutation } from '@tanstack/react-query';
import { type ParamsOf } from '@sg/engine';
import { consoleCreatedGroupEgress, type SecurityGroupTemplate } from '@sg/engine/forms';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface CreateSecurityGroupInput {
  params: ParamsOf<'CreateSecurityGroup'>;
  template: SecurityGroupTemplate;
}

/**
 * CreateSecurityGroup, the template's inbound rules and the console's own outbound rule for advanced
 * groups, in one batch: the group appears with all its rules, or not at all. Resolves to the new ID.
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
        const egress = consoleCreatedGroupEgress(params.SecurityGroupType ?? 'normal');
        if (egress.length > 0) {
          await call('AuthorizeSecurityGroupEgress', {
            RegionId: params.RegionId,
            SecurityGroupId,
            Permissions: egress,
          });
        }
        return SecurityGroupId;
      }),
  });
}
