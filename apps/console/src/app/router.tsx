import type { ReactElement } from 'react';
import { createBrowserRouter, Navigate, useLocation, useParams, type RouteObject } from 'react-router';
import { AppLayout } from './routes/app-layout.tsx';
import { InstancePage } from './routes/instance-page.tsx';
import { InstancesPage } from './routes/instances-page.tsx';
import { ListPage } from './routes/list-page.tsx';
import { ListsPage } from './routes/lists-page.tsx';
import { NetworkInterfacePage } from './routes/network-interface-page.tsx';
import { NetworkInterfacesPage } from './routes/network-interfaces-page.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { ReachabilityPage } from './routes/reachability-page.tsx';
import { SecurityGroupPage } from './routes/security-group-page.tsx';
import { SecurityGroupsPage } from './routes/security-groups-page.tsx';
import { SnapshotComparePage } from './routes/snapshot-compare-page.tsx';
import { SnapshotPoliciesPage } from './routes/snapshot-policies-page.tsx';
import { VpcPage } from './routes/vpc-page.tsx';
import { VpcsPage } from './routes/vpcs-page.tsx';
import { cloudHome, defaultRegion, paths } from '../lib/paths.ts';
import { lastCloud } from '../lib/current-cloud.ts';
import { CLOUD_ROUTE, REGION_ROUTE, routeNames, routeTable, type RouteName } from '../lib/route-table.ts';
import { CloudRoot } from './routes/cloud-root.tsx';

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
