#!/usr/bin/env node
// The long runs of checks that `npm test` runs small: each spec below with its full count, the unit ones by vitest,
// the browser ones in one Playwright run on the production build. Ends with the figures each spec recorded (e2e/<output>/soak/*.json) and one plain line
// "N passed, N failed". Add a long-running check by adding its spec and its count variable here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Full counts; a value already set in the environment wins (e.g. CRASH_KILLS=5 npm run soak). */
const counts = {
  CRASH_KILLS: '20', // kill points per operation in tests/crash.spec.ts (CI: 2)
  INTERLEAVINGS: '184', // two-tab interleavings in tests/two-tab-interleavings.spec.ts, all of its table (CI: 4)
  SG_FUZZ_RUNS: '10000', // generated import files in packages/engine/src/transfer/hostile-files.test.ts (CI: 2,000)
};
/** Unit tests with a count above, run by vitest before the browser specs. */
const unitSpecs = ['packages/engine/src/transfer/hostile-files.test.ts'];
const specs = ['tests/crash.spec.ts', 'tests/two-tab-interleavings.spec.ts'];

const env = { E2E_EXPECT_TIMEOUT: '30000', ...process.env, CI: '1' };
for (const [name, value] of Object.entries(counts)) env[name] ??= value;
const output = env.E2E_OUTPUT ?? 'test-results';
const soakDir = join('e2e', output, 'soak');
rmSync(soakDir, { recursive: true, force: true });

const started = Date.now();
const run = (label, command, args, options = {}) => {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, ...options });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status === 0;
};

const unitsPassed = run('unit soak', 'node_modules/.bin/vitest', ['run', ...unitSpecs]);
const built =
  run('build', 'node_modules/.bin/vite', ['build', '--outDir', env.E2E_DIST ?? 'dist'], { cwd: 'apps/console' }) &&
  run('soak', 'node_modules/.bin/playwright', ['test', ...specs], { cwd: 'e2e' });

console.log(
  `\n=== soak figures (${Object.entries(counts)
    .map(([name]) => `${name}=${env[name]}`)
    .join(', ')})`,
);
if (existsSync(soakDir)) {
  for (const file of readdirSync(soakDir).sort()) {
    console.log(JSON.parse(readFileSync(join(soakDir, file), 'utf8')).summary);
  }
}
let passed = unitsPassed ? unitSpecs.length : 0;
let failed = (built ? 0 : 1) + (unitsPassed ? 0 : unitSpecs.length);
const results = join('e2e', output, 'results.json');
if (existsSync(results)) {
  const { stats } = JSON.parse(readFileSync(results, 'utf8'));
  passed += stats.expected;
  failed = Math.max(failed, stats.unexpected + stats.flaky + (unitsPassed ? 0 : unitSpecs.length));
}
console.log(`soak took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(unitsPassed && built && failed === 0 ? 0 : 1);
