import { Button, Menu, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { WorldSeed } from '@sg/engine';
import { emptyWorld } from '@sg/engine/seeds';
import { useState } from 'react';
import { ApiError } from '../../../components/api-error.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { WorldBuildProgress } from '../../../components/world-build-progress.tsx';
import { CLOUDS } from '../../../lib/clouds.ts';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { largeWorldFor } from '../../../lib/large-world.ts';
import { reportWorldBuild } from '../../../lib/world-build-progress.ts';
import { useWorldBuild } from '../../../stores/world-build-store.ts';
import { StoragePersistenceItems } from './storage-persistence-items.tsx';

/**
 * Replaces the whole world of this cloud (its demo world, an empty one or, on Alibaba, the large one): one
 * transaction, confirmed first because it cannot be undone. The other clouds' worlds are not touched.
 */
export function WorldMenu() {
  const engine = useEngine();
  const demoWorld = CLOUDS[engine.profile.name].demoWorld;
  const [largeWorld] = useState(() => largeWorldFor(engine.profile.name));
  const [pending, setPending] = useState<WorldSeed | null>(null);
  const reset = useMutation({
    mutationFn: (seed: WorldSeed) =>
      engine.resetWorld(seed, reportWorldBuild(seed)).finally(() => useWorldBuild.getState().finished()),
    onSuccess: () => setPending(null),
  });
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" size="xs">
            World
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setPending(demoWorld)}>Reset to demo world</Menu.Item>
          <Menu.Item onClick={() => setPending(emptyWorld)}>Start with an empty world</Menu.Item>
          {largeWorld && <Menu.Item onClick={() => setPending(largeWorld)}>Start with a large world</Menu.Item>}
          <Menu.Divider />
          <StoragePersistenceItems />
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={pending !== null}
        title={
          pending === emptyWorld
            ? 'Start with an empty world'
            : pending === largeWorld
              ? 'Start with a large world'
              : 'Reset to demo world'
        }
        confirmLabel="Reset"
        isDanger
        isLoading={reset.isPending}
        onConfirm={() => pending && reset.mutate(pending)}
        onClose={() => setPending(null)}
      >
        <Text size="sm">
          Every VPC, instance, network interface, security group and rule in every region is replaced. This cannot be
          undone.
        </Text>
        {pending === largeWorld && (
          <Text size="sm">
            The large world has 10,000 instances, 500 security groups and 100,000 rules in China (Hangzhou) and China
            (Shanghai), with quota increases to 300 security groups per region and 1,000 rules per security group.
            Building it takes a while.
          </Text>
        )}
        {reset.isPending && <WorldBuildProgress />}
        {reset.error && <ApiError error={reset.error} />}
      </ConfirmDialog>
    </>
  );
}
