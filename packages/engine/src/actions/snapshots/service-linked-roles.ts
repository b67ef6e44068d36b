import { SNAPSHOT_ROLE_NAME, SNAPSHOT_SERVICE_NAME } from '../../model/snapshot.ts';

/** The service-linked roles the emulator knows, by service name: only the snapshot service's so far. */
export const SERVICE_LINKED_ROLES: Readonly<Record<string, { RoleName: string; Description: string }>> = {
  [SNAPSHOT_SERVICE_NAME]: {
    RoleName: SNAPSHOT_ROLE_NAME,
    Description:
      'The security group snapshot service uses this role to store security group snapshots in your OSS buckets (sg-snapshot*).',
  },
};

export interface ServiceLinkedRoleView {
  RoleName: string;
  ServiceName: string;
  Description: string;
  IsServiceLinkedRole: true;
}

export function roleView(serviceName: string): ServiceLinkedRoleView {
  const role = SERVICE_LINKED_ROLES[serviceName];
  return {
    RoleName: role?.RoleName ?? '',
    ServiceName: serviceName,
    Description: role?.Description ?? '',
    IsServiceLinkedRole: true,
  };
}
