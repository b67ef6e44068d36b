import { fail } from '../../errors.ts';
import { ACCOUNT_SETTINGS_ID, settingsOf } from '../../model/settings.ts';
import { requiredString } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { roleView, SERVICE_LINKED_ROLES, type ServiceLinkedRoleView } from './service-linked-roles.ts';

export interface CreateServiceLinkedRoleParams {
  /** `securitygroup-snapshot.ecs.aliyuncs.com` for ALIYUNSECURITYGROUPSNAPSHOTROLE. */
  ServiceName: string;
}

export interface CreateServiceLinkedRoleResponse {
  Role: ServiceLinkedRoleView;
}

/**
 * Authorises a service-linked role for the account, as the console's "authorize" prompt does before the first
 * snapshot policy. Named after Resource Management's CreateServiceLinkedRole; unlike it, creating a role that
 * exists succeeds and changes nothing, so the console can call it whenever it is unsure.
 * @throws MissingParameter.ServiceName, InvalidParameter.ServiceName
 */
export const createServiceLinkedRole = defineAction<CreateServiceLinkedRoleParams, CreateServiceLinkedRoleResponse>({
  readOnly: false,
  run(ctx, params) {
    const serviceName = requiredString(params.ServiceName, 'ServiceName');
    if (!SERVICE_LINKED_ROLES[serviceName]) {
      fail(
        'InvalidParameter.ServiceName',
        `The specified ServiceName ${serviceName} has no service-linked role in this emulator. Valid values: ${Object.keys(SERVICE_LINKED_ROLES).join(', ')}.`,
        400,
        'ServiceName',
      );
    }
    const settings = settingsOf(ctx.tx);
    if (!settings.ServiceLinkedRoles.includes(serviceName)) {
      ctx.tx.put('settings', ACCOUNT_SETTINGS_ID, {
        ...settings,
        ServiceLinkedRoles: [...settings.ServiceLinkedRoles, serviceName],
      });
    }
    return { Role: roleView(serviceName) };
  },
});
