import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * `npm run bench:browser`: the browser benchmark, one worker in one Chromium so its ratios compare like with like,
 * on the production build in BENCH_DIST (the script builds it first).
 */
const PORT = Number(process.env.E2E_PORT ?? 4188);
const DIST = process.env.E2E_DIST ?? 'dist-bench';

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: ['**/*.bench.ts'],
  outputDir: 'bench-results/artifacts',
  fullyParallel: false,
  workers: 1,
  timeout: 30 * 60_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    cwd: '../apps/console',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
