#!/usr/bin/env node
// Runs every check in order: typecheck, lint, format, unit tests, build, Playwright. Stops at the first
// failing step. Ends with one plain line "N passed, N failed" so a CI log shows the test count.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const withE2e = !process.argv.includes('--no-e2e');
const bin = (name) => `node_modules/.bin/${name}`;
const vitestJson = 'node_modules/.cache/vitest-results.json';
const playwrightJson = 'e2e/test-results/results.json';

const steps = [
  ['typecheck', bin('tsc'), ['-p', 'packages/engine'], {}],
  ['typecheck', bin('tsc'), ['-p', 'packages/storage-indexeddb'], {}],
  ['typecheck', bin('tsc'), ['-p', 'apps/console'], {}],
  ['typecheck', bin('tsc'), ['-p', 'e2e'], {}],
  ['typecheck', bin('tsc'), ['-p', 'packages/engine/tsconfig.bench.json'], {}],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0'], {}],
  ['engine exports', 'node', ['scripts/check-engine-exports.mjs'], {}],
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn'], {}],
  ['unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`], {}],
  ['build', bin('vite'), ['build'], { cwd: 'apps/console', bin: 'node_modules/.bin/vite' }],
];
if (withE2e)
  steps.push(['Playwright', bin('playwright'), ['test'], { cwd: 'e2e', bin: 'node_modules/.bin/playwright' }]);

for (const file of [vitestJson, playwrightJson]) rmSync(file, { force: true });

let failedStep = null;
for (const [name, command, args, options] of steps) {
  console.log(`\n=== ${name}: ${[options.bin ?? command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(options.bin ?? command, args, { stdio: 'inherit', cwd: options.cwd });
  if (result.error) console.error(`Could not run ${options.bin ?? command}: ${result.error.message}`);
  console.log(
    `=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

let passed = 0;
let failed = 0;
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky;
}
if (failedStep && failed === 0) failed = 1; // a failing typecheck, lint or build counts as a failure too
console.log(failedStep ? `\nFAILED at: ${failedStep}` : '\nAll checks passed.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
