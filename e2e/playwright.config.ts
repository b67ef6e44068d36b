import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_DIST let several builds be tested side by side (e.g. by parallel work on one machine).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const OUTPUT = process.env.E2E_OUTPUT ?? 'test-results';

/**
 * Playwright cannot download its own browsers here: Debian's Chromium is used (`.ci/run` installs it).
 * The console is served from its production build (`vite preview`): pnpm is not on PATH for webServer.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['tests/**/*.spec.ts', 'demos/**/*.spec.ts'],
  outputDir: OUTPUT,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // E2E_EXPECT_TIMEOUT: more patience on a loaded machine (npm run soak sets 30 s).
  expect: { timeout: Number(process.env.E2E_EXPECT_TIMEOUT ?? 10_000) },
  reporter: [['list'], ['json', { outputFile: `${OUTPUT}/results.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    cwd: '../apps/console',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
