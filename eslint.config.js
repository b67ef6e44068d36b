import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./apps/console/src/features', import.meta.url));
/** The console's shared layer: any feature or the app may use it; it uses neither. */
const sharedFolders = ['components', 'lib', 'queries', 'views', 'stores'];

/**
 * The engine's layers, bottom first. A file may import its own layer and the ones below, never one above:
 * records know nothing of validation, validation nothing of actions, actions nothing of the engine that runs them.
 * Entry points (index.ts, forms.ts, seeds.ts, import-file.ts) sit on top; src/test/ is for tests only.
 */
const engineLayers = [
  ['model', 'errors.ts', 'clock.ts', 'ids.ts'],
  ['profiles'],
  ['storage.ts', 'memory-storage.ts', 'world.ts', 'transaction.ts', 'context.ts', 'rule-versions.ts'],
  ['validate'],
  ['evaluate', 'transfer'],
  ['snapshots'],
  ['actions'],
  ['console', 'engine.ts'],
  ['seeds'],
  ['index.ts', 'forms.ts', 'seeds.ts', 'import-file.ts'],
].map((layer) => layer.map((entry) => `./packages/engine/src/${entry}`));

const engineLayerZones = engineLayers.flatMap((layer, i) =>
  engineLayers.slice(i + 1).map((above) => ({
    target: layer,
    from: above,
    message: 'The engine imports only downwards (see the layers in eslint.config.js).',
  })),
);
const uiLibraries = [
  'react',
  'react-*',
  'react/*',
  '@mantine/*',
  '@tanstack/*',
  'zustand',
  'zustand/*',
  'react-router',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/dist-*/**', 'e2e/test-results*/**', 'e2e/playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // No import cycles anywhere; imports resolve as Node does (package exports, explicit .ts extensions).
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Layers run downwards. Tests may reach any layer (and src/test/) to set up a world.
    files: ['packages/engine/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/engine/src/test/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...engineLayerZones,
            { target: './packages/engine/src', from: './packages/engine/src/test', message: 'src/test/ is for tests.' },
          ],
        },
      ],
    },
  },
  {
    // Production code never imports the test runner.
    files: ['packages/*/src/**/*.ts', 'apps/console/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/src/test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='vitest']",
          message: 'Production code never imports vitest: test helpers belong in *.test.ts files or src/test/.',
        },
      ],
    },
  },
  {
    // The engine runs in Node, in the browser and in a worker: no UI libraries, no DOM.
    files: ['packages/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: uiLibraries, message: 'The engine must not depend on UI libraries.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Imports flow app -> features -> shared: the shared layer never imports a feature or the app,
  {
    files: sharedFolders.map((folder) => `apps/console/src/${folder}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'The shared layer does not import the app layer.' },
            { group: ['**/features/**'], message: 'The shared layer does not import features: pass what it needs in.' },
          ],
        },
      ],
    },
  },
  // and a feature never imports the app or another feature.
  ...features.map((feature) => ({
    files: [`apps/console/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Features do not import the app layer.' },
            {
              group: features.filter((f) => f !== feature).map((f) => `**/${f}/**`),
              message: `Features never import each other: move the shared piece to a shared folder (src/${sharedFolders.join(', src/')}).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', '**/bench/**/*.ts'],
    rules: { 'max-lines': 'off' },
  },
);
