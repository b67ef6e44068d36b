import type { Page } from '@playwright/test';

/**
 * Silences a page's BroadcastChannel before it loads: it never hears another tab's change notices, as if each were
 * lost (the tab died between commit and notice, or the browser has no BroadcastChannel).
 */
export async function dropChangeNotices(page: Page): Promise<void> {
  await page.addInitScript(() => {
    class Silent extends EventTarget {
      onmessage = null;
      postMessage() {}
      close() {}
    }
    (window as unknown as { BroadcastChannel: unknown }).BroadcastChannel = Silent;
  });
}
