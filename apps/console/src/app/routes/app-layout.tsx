import { Alert, AppShell, Group, Text } from '@mantine/core';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { RegionSelect } from '../../features/regions/components/region-select.tsx';
import { SimulatedClock } from '../../features/world/components/simulated-clock.tsx';
import { WorldMenu } from '../../features/world/components/world-menu.tsx';
import { useStorageStatus } from '../../stores/storage-status-store.ts';
import { DEFAULT_REGION, samePageInRegion } from '../../lib/paths.ts';
import { SideNav } from './side-nav.tsx';

export function AppLayout() {
  const { regionId = DEFAULT_REGION } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Text fw={700} c="orange.7">
            SG Console{' '}
            <Text span c="dimmed" fw={400} size="sm">
              Elastic Compute Service
            </Text>
          </Text>
          <Group gap="sm">
            <SimulatedClock />
            <RegionSelect regionId={regionId} onChange={(id) => navigate(samePageInRegion(pathname, id))} />
            <WorldMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Console navigation">
        <SideNav regionId={regionId} />
      </AppShell.Navbar>
      <AppShell.Main>
        <StorageAlertBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function StorageAlertBanner() {
  const alert = useStorageStatus((s) => s.alert);
  if (alert === 'blocked') {
    return (
      <Alert color="yellow" mb="md" title="Another SG Console tab uses an older storage version">
        Close the other SG Console tabs so this one can upgrade its storage.
      </Alert>
    );
  }
  if (alert === 'version-changed') {
    return (
      <Alert color="yellow" mb="md" title="A newer SG Console opened in another tab">
        This tab has stopped writing so nothing is corrupted. Reload the page to continue.
      </Alert>
    );
  }
  return null;
}
