import { Button, Menu, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { WorldSeed } from '@sg/engine';
import { emptyWorld } from '@sg/engine/seeds';
import { useState } from 'react';
import { ApiError } from '../../../components/api-error.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { CLOUDS } from '../../../lib/clouds.ts';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { StoragePersistenceItems } from './storage-persistence-items.tsx';

/**
 * Replaces the whole world of this cloud (its demo world, or an empty one): one transaction, confirmed first because
 * it cannot be undone. The other clouds' worlds are not touched.
 */
export function WorldMenu() {
  const engine = useEngine();
  const demoWorld = CLOUDS[engine.profile.name].demoWorld;
  const [pending, setPending] = useState<WorldSeed | null>(null);
  const reset = useMutation({
    mutationFn: (seed: WorldSeed) => engine.resetWorld(seed),
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
          <Menu.Divider />
          <StoragePersistenceItems />
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={pending !== null}
        title={pending === emptyWorld ? 'Start with an empty world' : 'Reset to demo world'}
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
        {reset.error && <ApiError error={reset.error} />}
      </ConfirmDialog>
    </>
  );
}
