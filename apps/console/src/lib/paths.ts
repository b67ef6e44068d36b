import { generatePath } from 'react-router';
import { routeTable as route, type RouteName } from './route-table.ts';

/** Every page has a URL; pages and links build them here, never by hand, from the patterns of the route table. */
export const DEFAULT_REGION = 'cn-hangzhou';

export type Direction = 'ingress' | 'egress';

export const INSTANCE_TABS = ['security-groups', 'network-interfaces', 'effective-rules', 'check-traffic'] as const;
export type InstanceTab = (typeof INSTANCE_TABS)[number];

export const INTERFACE_TABS = ['security-groups', 'effective-rules', 'check-traffic'] as const;
export type InterfaceTab = (typeof INTERFACE_TABS)[number];

export const isInstanceTab = (tab: string | undefined): tab is InstanceTab => INSTANCE_TABS.some((t) => t === tab);
export const isInterfaceTab = (tab: string | undefined): tab is InterfaceTab => INTERFACE_TABS.some((t) => t === tab);

/** One builder per route of the table, named as its route. */
export const paths = {
  instances: (regionId: string) => generatePath(route.instances, { regionId }),
  instance: (regionId: string, instanceId: string, tab: InstanceTab = 'security-groups') =>
    generatePath(route.instance, { regionId, instanceId, tab }),
  securityGroups: (regionId: string) => generatePath(route.securityGroups, { regionId }),
  securityGroup: (regionId: string, groupId: string) => generatePath(route.securityGroup, { regionId, groupId }),
  securityGroupRules: (regionId: string, groupId: string, direction: Direction) =>
    generatePath(route.securityGroupRules, { regionId, groupId, direction }),
  securityGroupSnapshots: (regionId: string, groupId: string) =>
    generatePath(route.securityGroupSnapshots, { regionId, groupId }),
  /** `from` and `to`: a snapshot ID or `current` (the group's rules now). */
  snapshotCompare: (regionId: string, groupId: string, from: string, to: string) =>
    `${generatePath(route.snapshotCompare, { regionId, groupId })}?${new URLSearchParams({ from, to }).toString()}`,
  networkInterfaces: (regionId: string) => generatePath(route.networkInterfaces, { regionId }),
  networkInterface: (regionId: string, networkInterfaceId: string, tab: InterfaceTab = 'security-groups') =>
    generatePath(route.networkInterface, { regionId, networkInterfaceId, tab }),
  prefixLists: (regionId: string) => generatePath(route.prefixLists, { regionId }),
  prefixList: (regionId: string, prefixListId: string) =>
    generatePath(route.prefixList, { regionId, listId: prefixListId }),
  portLists: (regionId: string) => generatePath(route.portLists, { regionId }),
  portList: (regionId: string, portRangeListId: string) =>
    generatePath(route.portList, { regionId, listId: portRangeListId }),
  snapshots: (regionId: string) => generatePath(route.snapshots, { regionId }),
  reachability: (regionId: string) => generatePath(route.reachability, { regionId }),
  vpcs: (regionId: string) => generatePath(route.vpcs, { regionId }),
  vpc: (regionId: string, vpcId: string) => generatePath(route.vpc, { regionId, vpcId }),
} satisfies Record<RouteName, (...args: never[]) => string>;

/** The same page in another region: list pages keep their kind, details fall back to their list. */
export function samePageInRegion(pathname: string, regionId: string): string {
  const section = pathname.split('/')[2] ?? 'security-groups';
  return `/${regionId}/${section}`;
}
