import type { Call } from '../engine.ts';

/** Builds the demo world through the engine's own actions, inside the world's first transaction. */
export async function buildDemoWorld(call: Call): Promise<void> {
  void call;
}
