import { createElement, type ReactElement } from 'react';
import { createBrowserRouter, Navigate, useLocation, useParams, type RouteObject } from 'react-router';
import { AppLayout } from './routes/app-layout.tsx';
import { CloudRoot } from './routes/cloud-root.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { lazyNamed, type LazyNamed, type PageHandle } from '../lib/lazy-named.ts';
import { cloudHome, defaultRegion, paths } from '../lib/paths.ts';
import { lastCloud } from '../lib/current-cloud.ts';
import { CLOUD_ROUTE, REGION_ROUTE, routeNames, routeTable, type RouteName } from '../lib/route-table.ts';

/**
 * Each page is its own chunk, loaded when its route is first shown (AppLayout's Suspense shows PageLoading
 * meanwhile): the first load carries the shell, the engine and the one page opened, not every page.
 */
const InstancePage = lazyNamed(() => import('./routes/instance-page.tsx'), 'InstancePage');
const InstancesPage = lazyNamed(() => import('./routes/instances-page.tsx'), 'InstancesPage');
const ListPage = lazyNamed(() => import('./routes/list-page.tsx'), 'ListPage');
const ListsPage = lazyNamed(() => import('./routes/lists-page.tsx'), 'ListsPage');
const NetworkInterfacePage = lazyNamed(() => import('./routes/network-interface-page.tsx'), 'NetworkInterfacePage');
const NetworkInterfacesPage = lazyNamed(() => import('./routes/network-interfaces-page.tsx'), 'NetworkInterfacesPage');
const ReachabilityPage = lazyNamed(() => import('./routes/reachability-page.tsx'), 'ReachabilityPage');
const SecurityGroupPage = lazyNamed(() => import('./routes/security-group-page.tsx'), 'SecurityGroupPage');
const SecurityGroupsPage = lazyNamed(() => import('./routes/security-groups-page.tsx'), 'SecurityGroupsPage');
const SnapshotComparePage = lazyNamed(() => import('./routes/snapshot-compare-page.tsx'), 'SnapshotComparePage');
const SnapshotPoliciesPage = lazyNamed(() => import('./routes/snapshot-policies-page.tsx'), 'SnapshotPoliciesPage');
const VpcPage = lazyNamed(() => import('./routes/vpc-page.tsx'), 'VpcPage');
const VpcsPage = lazyNamed(() => import('./routes/vpcs-page.tsx'), 'VpcsPage');

interface Page {
  element: ReactElement;
  handle: PageHandle;
}

const page = <P extends object>(Component: LazyNamed<P>, props: NoInfer<P>): Page => ({
  element: createElement(Component, props),
  handle: { preload: Component.preload },
});

/** The page of each route of the table (`lib/route-table.ts`): a route without a page does not compile. */
const pages: Record<RouteName, Page> = {
  instances: page(InstancesPage, {}),
  instance: page(InstancePage, {}),
  securityGroups: page(SecurityGroupsPage, {}),
  securityGroup: page(SecurityGroupPage, {}),
  securityGroupRules: page(SecurityGroupPage, {}),
  securityGroupSnapshots: page(SecurityGroupPage, { tab: 'snapshots' }),
  snapshotCompare: page(SnapshotComparePage, {}),
  networkInterfaces: page(NetworkInterfacesPage, {}),
  networkInterface: page(NetworkInterfacePage, {}),
  prefixLists: page(ListsPage, { kind: 'prefix' }),
  prefixList: page(ListPage, { kind: 'prefix' }),
  portLists: page(ListsPage, { kind: 'port' }),
  portList: page(ListPage, { kind: 'port' }),
  snapshots: page(SnapshotPoliciesPage, {}),
  reachability: page(ReachabilityPage, {}),
  vpcs: page(VpcsPage, {}),
  vpc: page(VpcPage, {}),
};

/** `/`: the cloud last used, keeping the query (`?world=empty` must reach the world that opens). */
function Home() {
  const { search } = useLocation();
  return <Navigate to={`${cloudHome(lastCloud())}${search}`} replace />;
}

function RegionHome() {
  const { regionId = defaultRegion() } = useParams();
  const { search } = useLocation();
  return <Navigate to={`${paths.securityGroups(regionId)}${search}`} replace />;
}

/**
 * `/` opens the cloud last used; `/:cloud` (CloudRoot) opens that cloud's world and sends an old, cloud-less link on
 * to Alibaba's. Every table pattern is absolute and starts with `REGION_ROUTE`, which React Router accepts for a
 * child of the routes above it.
 */
export function appRoutes(): RouteObject[] {
  return [
    { path: '/', element: <Home /> },
    {
      path: CLOUD_ROUTE,
      element: <CloudRoot />,
      children: [
        { index: true, element: <RegionHome /> },
        {
          path: REGION_ROUTE,
          element: <AppLayout />,
          children: [
            { index: true, element: <RegionHome /> },
            ...routeNames.map((name) => ({ path: routeTable[name], ...pages[name] })),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
    { path: '*', element: <NotFoundPage /> },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}
