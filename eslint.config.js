import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./apps/console/src/features', import.meta.url));
/** The console's shared layer: any feature or the app may use it; it uses neither. */
const sharedFolders = ['components', 'lib', 'queries', 'views', 'stores'];
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
