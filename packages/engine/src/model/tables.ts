import type { Instance, NetworkInterface } from './instance.ts';
import type { WorldMeta } from './meta.ts';
import type { VSwitch, Vpc } from './network.ts';
import type { SecurityGroup } from './security-group.ts';

/** Every stored table and the record type it holds. Do not rename a table without a storage migration. */
export interface TableTypes {
  meta: WorldMeta;
  vpcs: Vpc;
  vSwitches: VSwitch;
  instances: Instance;
  networkInterfaces: NetworkInterface;
  securityGroups: SecurityGroup;
}

export type TableName = keyof TableTypes;

export const TABLE_NAMES: readonly TableName[] = [
  'meta',
  'vpcs',
  'vSwitches',
  'instances',
  'networkInterfaces',
  'securityGroups',
];
