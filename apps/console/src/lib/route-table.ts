/**
 * Every page's URL pattern, written once: `app/router.tsx` routes each entry to its page and `paths.ts` builds
 * the links from the same patterns. A page lives in a cloud and a region, so every pattern starts with
 * `REGION_ROUTE` (`/tencent/ap-guangzhou/security-groups`); the URL always says which cloud it shows.
 */
export const CLOUD_ROUTE = '/:cloud';
export const REGION_ROUTE = '/:cloud/:regionId';

export const routeTable = {
  instances: '/:cloud/:regionId/instances',
  /** Without a tab the page opens its first tab. */
  instance: '/:cloud/:regionId/instances/:instanceId/:tab?',
  securityGroups: '/:cloud/:regionId/security-groups',
  securityGroup: '/:cloud/:regionId/security-groups/:groupId',
  securityGroupRules: '/:cloud/:regionId/security-groups/:groupId/rules/:direction',
  securityGroupSnapshots: '/:cloud/:regionId/security-groups/:groupId/snapshots',
  /** With `?from=&to=`, see `paths.snapshotCompare`. */
  snapshotCompare: '/:cloud/:regionId/security-groups/:groupId/snapshots/compare',
  networkInterfaces: '/:cloud/:regionId/network-interfaces',
  /** Without a tab the page opens its first tab. */
  networkInterface: '/:cloud/:regionId/network-interfaces/:networkInterfaceId/:tab?',
  prefixLists: '/:cloud/:regionId/prefix-lists',
  prefixList: '/:cloud/:regionId/prefix-lists/:listId',
  portLists: '/:cloud/:regionId/port-lists',
  portList: '/:cloud/:regionId/port-lists/:listId',
  snapshots: '/:cloud/:regionId/security-group-snapshots',
  reachability: '/:cloud/:regionId/reachability',
  vpcs: '/:cloud/:regionId/vpcs',
  vpc: '/:cloud/:regionId/vpcs/:vpcId',
} as const;

export type RouteName = keyof typeof routeTable;

export const routeNames = Object.keys(routeTable) as RouteName[];
