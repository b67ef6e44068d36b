import { createEngine, type Engine } from '@sg/engine';
import { demoWorld, emptyWorld } from '@sg/engine/seeds';
import { openIndexedDbStorage } from '@sg/storage-indexeddb';
import { useStorageStatus } from '../stores/storage-status-store.ts';

/**
 * The browser's engine: the world lives in IndexedDB, so a reload or a closed tab loses nothing.
 * `?world=empty` on the very first start gives an empty world instead of the demo one.
 */
export async function openBrowserEngine(): Promise<Engine> {
  const status = useStorageStatus.getState();
  const storage = await openIndexedDbStorage({
    onBlocked: status.storageBlocked,
    onVersionChange: status.storageVersionChanged,
  });
  const world = new URLSearchParams(window.location.search).get('world') === 'empty' ? emptyWorld : demoWorld;
  return createEngine({ storage, world, idSeed: 'sg-console' });
}
