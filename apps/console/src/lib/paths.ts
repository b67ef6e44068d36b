import type { CloudName } from '@sg/engine';
import { generatePath } from 'react-router';
import { defaultRegionOf } from './clouds.ts';
import { currentCloud } from './current-cloud.ts';
import { routeTable, type RouteName } from './route-table.ts';

/**
 * Every page has a URL; pages and links build them here, never by hand, from the patterns of the route table, in
 * the cloud the console shows (`currentCloud()`).
 */
const at = (pattern: string, params: Record<string, string>) =>
  generatePath(pattern, { cloud: currentCloud(), ...params });

/** The cloud's first region: where `/` and a region-less link land. */
export const defaultRegion = (): string => defaultRegionOf(currentCloud());

/** A cloud's home page: its first region's security groups. */
export const cloudHome = (cloud: CloudName): string =>
  generatePath(routeTable.securityGroups, { cloud, regionId: defaultRegionOf(cloud) });

export type Direction = 'ingress' | 'egress';

export const INSTANCE_TABS = ['security-groups', 'network-interfaces', 'effective-rules', 'check-traffic'] as const;
export type InstanceTab = (typeof INSTANCE_TABS)[number];

export const INTERFACE_TABS = ['security-groups', 'effective-rules', 'check-traffic'] as const;
export type InterfaceTab = (typeof INTERFACE_TABS)[number];

export const isInstanceTab = (tab: string | undefined): tab is InstanceTab => INSTANCE_TABS.some((t) => t === tab);
export const isInterfaceTab = (tab: string | undefined): tab is InterfaceTab => INTERFACE_TABS.some((t) => t === tab);

/** One builder per route of the table, named as its route. */
export const paths = {
  instances: (regionId: string) => at(routeTable.instances, { regionId }),
  instance: (regionId: string, instanceId: string, tab: InstanceTab = 'security-groups') =>
    at(routeTable.instance, { regionId, instanceId, tab }),
  securityGroups: (regionId: string) => at(routeTable.securityGroups, { regionId }),
  securityGroup: (regionId: string, groupId: string) => at(routeTable.securityGroup, { regionId, groupId }),
  securityGroupRules: (regionId: string, groupId: string, direction: Direction) =>
    at(routeTable.securityGroupRules, { regionId, groupId, direction }),
  securityGroupSnapshots: (regionId: string, groupId: string) =>
    at(routeTable.securityGroupSnapshots, { regionId, groupId }),
  /** `from` and `to`: a snapshot ID or `current` (the group's rules now). */
  snapshotCompare: (regionId: string, groupId: string, from: string, to: string) =>
    `${at(routeTable.snapshotCompare, { regionId, groupId })}?${new URLSearchParams({ from, to }).toString()}`,
  networkInterfaces: (regionId: string) => at(routeTable.networkInterfaces, { regionId }),
  networkInterface: (regionId: string, networkInterfaceId: string, tab: InterfaceTab = 'security-groups') =>
    at(routeTable.networkInterface, { regionId, networkInterfaceId, tab }),
  prefixLists: (regionId: string) => at(routeTable.prefixLists, { regionId }),
  prefixList: (regionId: string, prefixListId: string) => at(routeTable.prefixList, { regionId, listId: prefixListId }),
  portLists: (regionId: string) => at(routeTable.portLists, { regionId }),
  portList: (regionId: string, portRangeListId: string) =>
    at(routeTable.portList, { regionId, listId: portRangeListId }),
  snapshots: (regionId: string) => at(routeTable.snapshots, { regionId }),
  reachability: (regionId: string) => at(routeTable.reachability, { regionId }),
  vpcs: (regionId: string) => at(routeTable.vpcs, { regionId }),
  vpc: (regionId: string, vpcId: string) => at(routeTable.vpc, { regionId, vpcId }),
} satisfies Record<RouteName, (...args: never[]) => string>;

/** The same page in another region: list pages keep their kind, details fall back to their list. */
export function samePageInRegion(pathname: string, regionId: string): string {
  const section = pathname.split('/')[3] ?? 'security-groups';
  return `/${currentCloud()}/${regionId}/${section}`;
}
