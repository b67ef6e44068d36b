/**
 * Every page's URL pattern, written once: `app/router.tsx` routes each entry to its page and `paths.ts` builds
 * the links from the same patterns. A page lives under its region, so every pattern starts with `REGION_ROUTE`.
 */
export const REGION_ROUTE = '/:regionId';

export const routeTable = {
  instances: '/:regionId/instances',
  /** Without a tab the page opens its first tab. */
  instance: '/:regionId/instances/:instanceId/:tab?',
  securityGroups: '/:regionId/security-groups',
  securityGroup: '/:regionId/security-groups/:groupId',
  securityGroupRules: '/:regionId/security-groups/:groupId/rules/:direction',
  securityGroupSnapshots: '/:regionId/security-groups/:groupId/snapshots',
  /** With `?from=&to=`, see `paths.snapshotCompare`. */
  snapshotCompare: '/:regionId/security-groups/:groupId/snapshots/compare',
  networkInterfaces: '/:regionId/network-interfaces',
  /** Without a tab the page opens its first tab. */
  networkInterface: '/:regionId/network-interfaces/:networkInterfaceId/:tab?',
  prefixLists: '/:regionId/prefix-lists',
  prefixList: '/:regionId/prefix-lists/:listId',
  portLists: '/:regionId/port-lists',
  portList: '/:regionId/port-lists/:listId',
  snapshots: '/:regionId/security-group-snapshots',
  reachability: '/:regionId/reachability',
  vpcs: '/:regionId/vpcs',
  vpc: '/:regionId/vpcs/:vpcId',
} as const;

export type RouteName = keyof typeof routeTable;

export const routeNames = Object.keys(routeTable) as RouteName[];
