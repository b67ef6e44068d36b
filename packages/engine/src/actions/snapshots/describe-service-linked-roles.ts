import { settingsOf } from '../../model/settings.ts';
import { optionalString } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { roleView, type ServiceLinkedRoleView } from './service-linked-roles.ts';

export interface DescribeServiceLinkedRolesParams {
  /** Only this service's role; all authorised roles when absent. */
  ServiceName?: string;
}

export interface DescribeServiceLinkedRolesResponse {
  Roles: { Role: ServiceLinkedRoleView[] };
  TotalCount: number;
}

/**
 * The emulator's: the service-linked roles the account has authorised, so the console knows whether to show the
 * authorisation prompt before the first snapshot policy.
 * @throws InvalidParameter
 */
export const describeServiceLinkedRoles = defineAction<
  DescribeServiceLinkedRolesParams,
  DescribeServiceLinkedRolesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const serviceName = optionalString(params.ServiceName, 'ServiceName');
    const roles = settingsOf(ctx.tx)
      .ServiceLinkedRoles.filter((name) => serviceName === '' || name === serviceName)
      .map(roleView);
    return { Roles: { Role: roles }, TotalCount: roles.length };
  },
});
