import { isEngineError, type Engine } from '@sg/engine';
import { useEffect } from 'react';

/** How often the open console lets the engine take the snapshots and expiries that fell due. */
export const DUE_WORK_INTERVAL_MS = 5000;

/**
 * While the console is open, due work is stored even when nobody writes (reads show it without storing it; every
 * write stores it first). A conflict means another tab did the same work first: nothing is lost, so it is skipped.
 */
export function useDueWorkTimer(engine: Engine): void {
  useEffect(() => {
    const timer = window.setInterval(() => {
      engine.runDueWork().catch((error: unknown) => {
        if (isEngineError(error) && error.Code === 'InvalidOperation.Conflict') return;
        console.warn('Scheduled snapshot work failed', error);
      });
    }, DUE_WORK_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [engine]);
}
