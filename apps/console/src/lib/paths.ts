/** Every page has a URL; pages and links build them here, never by hand. */
export const DEFAULT_REGION = 'cn-hangzhou';

export type Direction = 'ingress' | 'egress';

export const INSTANCE_TABS = ['security-groups', 'network-interfaces', 'effective-rules', 'check-traffic'] as const;
export type InstanceTab = (typeof INSTANCE_TABS)[number];

export const INTERFACE_TABS = ['security-groups', 'effective-rules', 'check-traffic'] as const;
export type InterfaceTab = (typeof INTERFACE_TABS)[number];

export const isInstanceTab = (tab: string | undefined): tab is InstanceTab => INSTANCE_TABS.some((t) => t === tab);
export const isInterfaceTab = (tab: string | undefined): tab is InterfaceTab => INTERFACE_TABS.some((t) => t === tab);

export const paths = {
  instances: (regionId: string) => `/${regionId}/instances`,
  instance: (regionId: string, instanceId: string, tab: InstanceTab = 'security-groups') =>
    `/${regionId}/instances/${instanceId}/${tab}`,
  securityGroups: (regionId: string) => `/${regionId}/security-groups`,
  securityGroup: (regionId: string, groupId: string) => `/${regionId}/security-groups/${groupId}`,
  securityGroupRules: (regionId: string, groupId: string, direction: Direction) =>
    `/${regionId}/security-groups/${groupId}/rules/${direction}`,
  securityGroupSnapshots: (regionId: string, groupId: string) => `/${regionId}/security-groups/${groupId}/snapshots`,
  /** `from` and `to`: a snapshot ID or `current` (the group's rules now). */
  snapshotCompare: (regionId: string, groupId: string, from: string, to: string) =>
    `/${regionId}/security-groups/${groupId}/snapshots/compare?${new URLSearchParams({ from, to }).toString()}`,
  networkInterfaces: (regionId: string) => `/${regionId}/network-interfaces`,
  networkInterface: (regionId: string, networkInterfaceId: string, tab: InterfaceTab = 'security-groups') =>
    `/${regionId}/network-interfaces/${networkInterfaceId}/${tab}`,
  prefixLists: (regionId: string) => `/${regionId}/prefix-lists`,
  prefixList: (regionId: string, prefixListId: string) => `/${regionId}/prefix-lists/${prefixListId}`,
  portLists: (regionId: string) => `/${regionId}/port-lists`,
  portList: (regionId: string, portRangeListId: string) => `/${regionId}/port-lists/${portRangeListId}`,
  snapshots: (regionId: string) => `/${regionId}/security-group-snapshots`,
  reachability: (regionId: string) => `/${regionId}/reachability`,
};

/** The same page in another region: list pages keep their kind, details fall back to their list. */
export function samePageInRegion(pathname: string, regionId: string): string {
  const section = pathname.split('/')[2] ?? 'security-groups';
  return `/${regionId}/${section}`;
}
