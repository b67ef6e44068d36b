import type { Engine } from '@sg/engine';

declare global {
  interface Window {
    /**
     * The shown cloud's engine, for the browser's devtools and the Playwright specs (e.g. to fill a VPC up to its
     * quota without fifty dialogs). It is the one door the console itself uses: every call obeys the engine's rules.
     */
    sgEngine?: Engine;
  }
}

/** Puts the engine on `window.sgEngine`; the returned function takes it off again, unless another took its place. */
export function exposeEngine(engine: Engine): () => void {
  window.sgEngine = engine;
  return () => {
    if (window.sgEngine === engine) delete window.sgEngine;
  };
}
