import type { ReactElement } from 'react';
import { createBrowserRouter, Navigate, useLocation, useParams, type RouteObject } from 'react-router';
import { AppLayout } from './routes/app-layout.tsx';
import { CloudRoot } from './routes/cloud-root.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { lazyNamed } from '../lib/lazy-named.ts';
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

/** The page of each route of the table (`lib/route-table.ts`): a route without a page does not compile. */
const pages: Record<RouteName, ReactElement> = {
  instances: <InstancesPage />,
  instance: <InstancePage />,
  securityGroups: <SecurityGroupsPage />,
  securityGroup: <SecurityGroupPage />,
  securityGroupRules: <SecurityGroupPage />,
  securityGroupSnapshots: <SecurityGroupPage tab="snapshots" />,
  snapshotCompare: <SnapshotComparePage />,
  networkInterfaces: <NetworkInterfacesPage />,
  networkInterface: <NetworkInterfacePage />,
  prefixLists: <ListsPage kind="prefix" />,
  prefixList: <ListPage kind="prefix" />,
  portLists: <ListsPage kind="port" />,
  portList: <ListPage kind="port" />,
  snapshots: <SnapshotPoliciesPage />,
  reachability: <ReachabilityPage />,
  vpcs: <VpcsPage />,
  vpc: <VpcPage />,
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
            ...routeNames.map((name) => ({ path: routeTable[name], element: pages[name] })),
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
