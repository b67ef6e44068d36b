import type { CloudName, Engine } from '@sg/engine';
import { createEngine } from '@sg/engine';
import { emptyWorld } from '@sg/engine/seeds';
import { openIndexedDbStorage } from '@sg/storage-indexeddb';
import { useStorageStatus } from '../stores/storage-status-store.ts';
import { CLOUDS } from './clouds.ts';

const opened = new Map<CloudName, Promise<Engine>>();

/**
 * A cloud's engine in the browser: its world lives in its own IndexedDB database, so a reload, a closed tab or a
 * switch to another cloud loses nothing. `?world=empty` on a cloud's very first start gives an empty world instead
 * of its demo one. Opened once per page and kept, so switching back is immediate.
 */
export function openCloudEngine(cloud: CloudName): Promise<Engine> {
  let engine = opened.get(cloud);
  if (!engine) {
    engine = open(cloud);
    opened.set(cloud, engine);
    // A failed open (storage refused) may succeed on a later visit: do not keep the failure.
    engine.catch(() => opened.delete(cloud));
  }
  return engine;
}

async function open(cloud: CloudName): Promise<Engine> {
  const info = CLOUDS[cloud];
  const status = useStorageStatus.getState();
  const storage = await openIndexedDbStorage({
    name: info.databaseName,
    channelName: info.channelName,
    onBlocked: status.storageBlocked,
    onVersionChange: status.storageVersionChanged,
  });
  status.storageOpened();
  const empty = new URLSearchParams(window.location.search).get('world') === 'empty';
  return createEngine({
    storage,
    world: empty ? emptyWorld : info.demoWorld,
    profile: info.profile,
    idSeed: 'sg-console',
  });
}
