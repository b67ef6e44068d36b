import type { CloudName, Engine, WorldSeed } from '@sg/engine';
import { createEngine } from '@sg/engine';
import { emptyWorld } from '@sg/engine/seeds';
import { openIndexedDbStorage } from '@sg/storage-indexeddb';
import { useStorageStatus } from '../stores/storage-status-store.ts';
import { useWorldBuild } from '../stores/world-build-store.ts';
import { CLOUDS } from './clouds.ts';
import { largeWorldFor } from './large-world.ts';
import { reportWorldBuild } from './world-build-progress.ts';

const opened = new Map<CloudName, Promise<Engine>>();

/**
 * A cloud's engine in the browser: its world lives in its own IndexedDB database, so a reload, a closed tab or a
 * switch to another cloud loses nothing. `?world=empty` on a cloud's very first start gives an empty world instead
 * of its demo one, `?world=large` the large world (Alibaba; `&scale=` for a smaller one, see large-world.ts). Opened
 * once per page and kept, so switching back is immediate.
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
  const world = firstWorld(cloud, new URLSearchParams(window.location.search));
  try {
    return await createEngine({
      storage,
      world,
      onBuildProgress: reportWorldBuild(world),
      profile: info.profile,
      idSeed: 'sg-console',
    });
  } finally {
    useWorldBuild.getState().finished();
  }
}

/** What a never-used storage starts with: the demo world unless the address asks for another. */
function firstWorld(cloud: CloudName, query: URLSearchParams): WorldSeed {
  const asked = query.get('world');
  if (asked === 'empty') return emptyWorld;
  if (asked === 'large') return largeWorldFor(cloud, query.get('scale')) ?? CLOUDS[cloud].demoWorld;
  return CLOUDS[cloud].demoWorld;
}
