import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The console's own benchmarks (bench/*.bench.ts): one worker, so two measurements never share the cores, and no
 * pass/fail on speed: each prints its numbers. `playwright test -c playwright.bench.config.ts`.
 */
export default defineConfig({
  ...base,
  testMatch: ['bench/**/*.bench.ts'],
  fullyParallel: false,
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
});
