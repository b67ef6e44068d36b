/** Every page has a URL; pages and links build them here, never by hand. */
export const DEFAULT_REGION = 'cn-hangzhou';

export type Direction = 'ingress' | 'egress';

export const paths = {
  instances: (regionId: string) => `/${regionId}/instances`,
  securityGroups: (regionId: string) => `/${regionId}/security-groups`,
  securityGroup: (regionId: string, groupId: string) => `/${regionId}/security-groups/${groupId}`,
  securityGroupRules: (regionId: string, groupId: string, direction: Direction) =>
    `/${regionId}/security-groups/${groupId}/rules/${direction}`,
  securityGroupSnapshots: (regionId: string, groupId: string) => `/${regionId}/security-groups/${groupId}/snapshots`,
  /** `from` and `to`: a snapshot ID or `current` (the group's rules now). */
  snapshotCompare: (regionId: string, groupId: string, from: string, to: string) =>
    `/${regionId}/security-groups/${groupId}/snapshots/compare?${new URLSearchParams({ from, to }).toString()}`,
  networkInterfaces: (regionId: string) => `/${regionId}/network-interfaces`,
  prefixLists: (regionId: string) => `/${regionId}/prefix-lists`,
  portLists: (regionId: string) => `/${regionId}/port-lists`,
  snapshots: (regionId: string) => `/${regionId}/security-group-snapshots`,
};

/** The same page in another region: list pages keep their kind, details fall back to their list. */
export function samePageInRegion(pathname: string, regionId: string): string {
  const section = pathname.split('/')[2] ?? 'security-groups';
  return `/${regionId}/${section}`;
}
