import type { Plugin } from 'vite';

/**
 * The production build's Content-Security-Policy: scripts only from the console's own origin (no inline script,
 * no eval), connections only to itself (the console has no server to talk to), no plugins, no framing of other
 * sites. Inline style attributes stay allowed: Mantine sets some (`style-src 'unsafe-inline'`). The dev server
 * injects inline scripts for hot reload, so the policy is added to the build only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'sg-console-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
