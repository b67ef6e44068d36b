import { useQueryClient } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { exposeEngine } from './expose-engine.ts';
import { useDueWorkTimer } from './use-due-work-timer.ts';

const EngineContext = createContext<Engine | null>(null);

/**
 * Gives the engine to the app, refetches every query when the world changes (here or in another tab) and runs
 * the engine's due work (automatic snapshots, expiries) on a timer while the console is open. The engine is also
 * `window.sgEngine` (see expose-engine.ts).
 */
export function EngineProvider({ engine, children }: { engine: Engine; children: ReactNode }) {
  const queryClient = useQueryClient();
  useDueWorkTimer(engine);
  // The one refresh rule (see README): every engine change, ours or another tab's, refetches; mutations never do.
  useEffect(() => engine.subscribe(() => void queryClient.invalidateQueries()), [engine, queryClient]);
  // A change notice can be lost (the other tab died between its commit and its notice): check on coming back.
  useEffect(() => {
    const catchUp = () => {
      if (document.visibilityState === 'visible') void engine.catchUp().catch(() => undefined);
    };
    window.addEventListener('focus', catchUp);
    document.addEventListener('visibilitychange', catchUp);
    return () => {
      window.removeEventListener('focus', catchUp);
      document.removeEventListener('visibilitychange', catchUp);
    };
  }, [engine]);
  useEffect(() => exposeEngine(engine), [engine]);
  return <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>;
}

export function useEngine(): Engine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine() must be used inside <EngineProvider>.');
  return engine;
}
