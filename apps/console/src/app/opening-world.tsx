import { Alert, Center, Loader, Stack } from '@mantine/core';
import { WorldBuildProgress } from '../components/world-build-progress.tsx';
import { useStorageStatus } from '../stores/storage-status-store.ts';

/**
 * While the stored world opens. An open waits while another tab holds an older storage version open (its upgrade
 * cannot run): then the page says so and what to do, instead of spinning, and goes on by itself once it may. A
 * first start that builds a large world shows how far the build is.
 */
export function OpeningWorld() {
  const isBlocked = useStorageStatus((s) => s.alert === 'blocked');
  return (
    <Center h="100vh" p="md">
      <Stack align="center" maw={640}>
        {isBlocked && (
          <Alert color="yellow" role="alert" title="Another SG Console tab uses an older storage version">
            This tab must upgrade the stored world, and an SG Console tab (or window) opened by an older version is
            holding it open. Close or reload the other SG Console tabs: this page goes on by itself as soon as they let
            go. Nothing stored is lost.
          </Alert>
        )}
        <Loader aria-label="Opening the world" />
        <WorldBuildProgress />
      </Stack>
    </Center>
  );
}
