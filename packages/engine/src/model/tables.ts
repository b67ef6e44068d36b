import type { ClientTokenRecord } from './client-token.ts';
import type { Instance, NetworkInterface } from './instance.ts';
import type { PortRangeList, PrefixList } from './lists.ts';
import type { WorldMeta } from './meta.ts';
import type { VSwitch, Vpc } from './network.ts';
import type { SecurityGroup } from './security-group.ts';
import type { AccountSettings } from './settings.ts';
import type { SecurityGroupSnapshot, SnapshotPolicy, SnapshotSchedule } from './snapshot.ts';

/**
 * Every stored table and the record type it holds. Adding or renaming a table is a storage schema change: it needs
 * a migration in @sg/storage-indexeddb.
 */
export interface TableTypes {
  meta: WorldMeta;
  vpcs: Vpc;
  vSwitches: VSwitch;
  instances: Instance;
  networkInterfaces: NetworkInterface;
  securityGroups: SecurityGroup;
  snapshotPolicies: SnapshotPolicy;
  snapshots: SecurityGroupSnapshot;
  /** Pending 5-minute snapshot windows, keyed by SecurityGroupId. */
  snapshotSchedules: SnapshotSchedule;
  /** One row, 'account': settings of the whole account rather than of a region. */
  settings: AccountSettings;
  prefixLists: PrefixList;
  portRangeLists: PortRangeList;
  /** ClientTokens of the calls that succeeded, keyed `<Action>/<ClientToken>` (idempotent retries). */
  clientTokens: ClientTokenRecord;
}

export type TableName = keyof TableTypes;

export const TABLE_NAMES: readonly TableName[] = [
  'meta',
  'vpcs',
  'vSwitches',
  'instances',
  'networkInterfaces',
  'securityGroups',
  'snapshotPolicies',
  'snapshots',
  'snapshotSchedules',
  'settings',
  'prefixLists',
  'portRangeLists',
  'clientTokens',
];
