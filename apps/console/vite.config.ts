import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './content-security-policy.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // The manifest (dist/.vite/manifest.json) says which chunk imports which: `npm run size` follows it to add up
  // the JavaScript and CSS the first page load needs.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, manifest: true },
});
