import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './content-security-policy.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // The manifest (dist/.vite/manifest.json) says which chunk imports which: `npm run size` follows it to add up
    // the JavaScript and CSS the first page load needs.
    manifest: true,
    rolldownOptions: {
      output: {
        // React with React Router, and the engine with zod and ip-num, each in a chunk of its own: both are loaded
        // on every first visit and change far less often than the console, so a console-only release leaves them
        // cached (measured: a change to the side navigation re-downloads 50 kB gzip instead of 146 kB).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/]\.pnpm[\\/](react|react-dom|scheduler|react-router)@/ },
            { name: 'engine', test: /packages[\\/]engine[\\/]|node_modules[\\/]\.pnpm[\\/](zod|ip-num)@/ },
          ],
        },
      },
    },
  },
});
