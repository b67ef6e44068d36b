// `npm run bench:browser`: builds the console for production, then runs the browser benchmark (e2e/bench) in one
// Chromium, one page at a time, and prints its table; then every chunk's size. Figures depend on the machine: run
// it on a quiet one (nothing else building or testing) for figures to compare.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const DIST = 'dist-bench';

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd: `${root}${cwd}`, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('node_modules/.bin/vite', ['build', '--outDir', DIST, '--emptyOutDir'], 'apps/console');
run('node_modules/.bin/playwright', ['test', '-c', 'playwright.bench.config.ts'], 'e2e');
run('node', ['scripts/chunk-sizes.mjs', `apps/console/${DIST}`], '');
