import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests and the export check take a second or two alone, many times that on a loaded machine (CI
    // shares its cores): a timeout is a hang detector here, never a speed check (speed is `pnpm bench`'s).
    testTimeout: 30_000,
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
  },
});
