import type { BuildProgress, WorldSeed } from '@sg/engine';
import { useWorldBuild } from '../stores/world-build-store.ts';

/** How long the build may hold the main thread before the page gets a turn (paint, input, timers). */
const SLICE_MS = 50;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The engine's build progress for `seed` in the browser: once a slice of the build has run, the progress goes to the
 * store (the progress bar) and the page gets the main thread before the next call, so a large world's build neither
 * freezes the page nor hides how far it is. Call `useWorldBuild.getState().finished()` when the build is over.
 */
export function reportWorldBuild(seed: WorldSeed): BuildProgress {
  let sliceStart = performance.now();
  let shown = -1;
  const show = (done: number, total: number) => {
    if (done === shown) return;
    useWorldBuild.getState().reported({ world: seed.name, done, total });
    shown = done;
  };
  return async (done, total) => {
    // The start and the end (saving) show at once; the steps between when the page gets its turn.
    if (done === 0 || done === total) show(done, total);
    if (performance.now() - sliceStart < SLICE_MS) return;
    show(done, total);
    await yieldToPage();
    sliceStart = performance.now();
  };
}
