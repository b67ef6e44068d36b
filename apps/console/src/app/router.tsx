import { createBrowserRouter, Navigate } from 'react-router';
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
import { DEFAULT_REGION, paths } from '../lib/paths.ts';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/', element: <Navigate to={paths.securityGroups(DEFAULT_REGION)} replace /> },
    {
      path: '/:regionId',
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to="security-groups" replace /> },
        { path: 'instances', element: <InstancesPage /> },
        { path: 'instances/:instanceId', element: <InstancePage /> },
        { path: 'instances/:instanceId/:tab', element: <InstancePage /> },
        { path: 'security-groups', element: <SecurityGroupsPage /> },
        { path: 'security-groups/:groupId', element: <SecurityGroupPage /> },
        { path: 'security-groups/:groupId/rules/:direction', element: <SecurityGroupPage /> },
        { path: 'security-groups/:groupId/snapshots', element: <SecurityGroupPage tab="snapshots" /> },
        { path: 'security-groups/:groupId/snapshots/compare', element: <SnapshotComparePage /> },
        { path: 'network-interfaces', element: <NetworkInterfacesPage /> },
        { path: 'network-interfaces/:networkInterfaceId', element: <NetworkInterfacePage /> },
        { path: 'network-interfaces/:networkInterfaceId/:tab', element: <NetworkInterfacePage /> },
        { path: 'prefix-lists', element: <ListsPage kind="prefix" /> },
        { path: 'prefix-lists/:listId', element: <ListPage kind="prefix" /> },
        { path: 'port-lists', element: <ListsPage kind="port" /> },
        { path: 'port-lists/:listId', element: <ListPage kind="port" /> },
        { path: 'security-group-snapshots', element: <SnapshotPoliciesPage /> },
        { path: 'reachability', element: <ReachabilityPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    { path: '*', element: <NotFoundPage /> },
  ]);
}
