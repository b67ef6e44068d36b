import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';

/**
 * Counts of a long-running check (kill points, interleavings): printed as one plain line and written as JSON to
 * `<output dir>/soak/<name>.json`, where `npm run soak` collects them for its summary.
 */
export function recordSoak(testInfo: TestInfo, name: string, summary: string, data: object): void {
  console.log(summary);
  const dir = join(testInfo.project.outputDir, 'soak');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ name, summary, ...data }, null, 2));
}

/** A count from the environment (e.g. CRASH_KILLS), or the small default CI runs. */
export function countFromEnv(name: string, ciDefault: number): number {
  const value = Number(process.env[name] ?? ciDefault);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, not ${process.env[name]}`);
  return value;
}

/** A small seeded random generator (mulberry32): a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
