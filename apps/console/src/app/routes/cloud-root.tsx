import { QueryClientProvider } from '@tanstack/react-query';
import type { CloudName, Engine } from '@sg/engine';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation, useMatches, useParams } from 'react-router';
import { DEFAULT_CLOUD, isCloudName } from '../../lib/clouds.ts';
import { enterCloud } from '../../lib/current-cloud.ts';
import type { PageHandle } from '../../lib/lazy-named.ts';
import { EngineProvider } from '../../lib/engine-provider.tsx';
import { openCloudEngine } from '../../lib/open-engine.ts';
import { createQueryClient } from '../../lib/query-client.ts';
import { BootError } from '../boot-error.tsx';
import { OpeningWorld } from '../opening-world.tsx';

/**
 * `/:cloud/…`: opens the cloud's engine and gives it, with a query cache of its own, to every page below. A first
 * segment that is not a cloud is an old (Alibaba) link: it is sent on to `/alibaba/…` unchanged.
 */
export function CloudRoot() {
  const { cloud } = useParams();
  const { pathname, search } = useLocation();
  if (!isCloudName(cloud)) return <Navigate to={`/${DEFAULT_CLOUD}${pathname}${search}`} replace />;
  return <CloudWorld key={cloud} cloud={cloud} />;
}

type Opening = { engine: Engine; error: null } | { engine: null; error: unknown } | null;

function CloudWorld({ cloud }: { cloud: CloudName }) {
  enterCloud(cloud);
  const [opening, setOpening] = useState<Opening>(null);
  const [queryClient] = useState(createQueryClient);
  useEffect(() => {
    let live = true;
    openCloudEngine(cloud).then(
      (engine) => live && setOpening({ engine, error: null }),
      (error: unknown) => live && setOpening({ engine: null, error }),
    );
    return () => {
      live = false;
    };
  }, [cloud]);
  usePreloadedPage();
  if (opening === null) return <OpeningWorld />;
  if (!opening.engine) return <BootError error={opening.error} />;
  return (
    <QueryClientProvider client={queryClient}>
      <EngineProvider engine={opening.engine}>
        <Outlet />
      </EngineProvider>
    </QueryClientProvider>
  );
}

/**
 * Starts loading the chunk of the page the URL shows while the world opens, instead of after it: the page is
 * rendered only once the engine is there, and would otherwise wait for its code on top. A failed preload is left
 * to the page's own render, which loads again.
 */
function usePreloadedPage() {
  const matches = useMatches();
  useEffect(() => {
    for (const { handle } of matches) (handle as PageHandle | undefined)?.preload().catch(() => undefined);
  }, [matches]);
}
