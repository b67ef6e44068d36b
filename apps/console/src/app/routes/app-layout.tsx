import { Alert, AppShell, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { RegionSelect } from '../../features/regions/components/region-select.tsx';
import { CloudSelect } from '../../features/world/components/cloud-select.tsx';
import { SimulatedClock } from '../../features/world/components/simulated-clock.tsx';
import { WorldMenu } from '../../features/world/components/world-menu.tsx';
import { useStorageStatus } from '../../stores/storage-status-store.ts';
import { useEngine } from '../../lib/engine-provider.tsx';
import { cloudHome, defaultRegion, samePageInRegion } from '../../lib/paths.ts';
import { PageLoading } from '../page-loading.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { SideNav } from './side-nav.tsx';

export function AppLayout() {
  const { regionId = defaultRegion() } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const engine = useEngine();
  // A region the cloud does not have (a mistyped or hostile address) gets no page, and no links built from it.
  if (!engine.profile.regions.some((r) => r.RegionId === regionId)) return <NotFoundPage />;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Text fw={700} c="orange.7">
            SG Console{' '}
            <Text span c="dimmed" fw={400} size="sm">
              {engine.profile.displayName}
            </Text>
          </Text>
          <Group gap="sm">
            <SimulatedClock />
            <CloudSelect cloud={engine.profile.name} onChange={(cloud) => navigate(cloudHome(cloud))} />
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
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/** A tab whose storage connection another tab's upgrade closed (a blocked open is OpeningWorld's to say). */
function StorageAlertBanner() {
  const alert = useStorageStatus((s) => s.alert);
  if (alert === 'version-changed') {
    return (
      <Alert color="yellow" mb="md" title="A newer SG Console opened in another tab">
        This tab has stopped writing so nothing is corrupted. Reload the page to continue.
      </Alert>
    );
  }
  return null;
}
