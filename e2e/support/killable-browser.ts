import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type TestInfo } from '@playwright/test';

/**
 * A Chromium started by the test itself on a persistent profile, so that it can be killed like a crash: SIGKILL to
 * its whole process group (browser, renderers, utility processes), with no chance to flush or say goodbye.
 * Playwright's launchPersistentContext hides the process; here Chromium is a child of the test and Playwright only
 * connects to it over CDP.
 */
export interface KillableBrowser {
  browser: Browser;
  /** The profile's own context (the persistent one), where pages share the profile's IndexedDB. */
  context: BrowserContext;
  /** SIGKILL to every process of this Chromium; resolves once the browser process is gone. */
  kill(): Promise<void>;
  /** A clean shutdown (Browser.close over CDP), as a user closing the window. */
  close(): Promise<void>;
}

/** The Chromium path and arguments of playwright.config.ts, so the crash runs in the browser the suite uses. */
export function configuredChromium(testInfo: TestInfo): { executablePath: string; args: string[] } {
  const launch = testInfo.project.use.launchOptions ?? {};
  return { executablePath: launch.executablePath ?? '/usr/bin/chromium', args: launch.args ?? [] };
}

/** Browsers launched and not yet killed or closed: a failing test must not leave its Chromium running. */
const running = new Set<KillableBrowser>();

export async function killLeftovers(): Promise<void> {
  for (const browser of [...running]) await browser.kill();
}

export async function launchKillable(testInfo: TestInfo, userDataDir: string): Promise<KillableBrowser> {
  const { executablePath, args } = configuredChromium(testInfo);
  const child = spawn(
    executablePath,
    [...args, '--headless', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    // Its own process group, so one signal reaches every process it forks.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await devToolsEndpoint(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without its default context');

  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const launched: KillableBrowser = {
    browser,
    context,
    async kill() {
      running.delete(launched);
      killGroup();
      await exited;
      await browser.close().catch(() => undefined);
    },
    async close() {
      running.delete(launched);
      const session = await browser.newBrowserCDPSession();
      await session.send('Browser.close').catch(() => undefined);
      const closed = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
      if (!closed) killGroup();
      await exited;
      // Renderers and helpers may outlive the browser process by a moment; they hold no profile lock.
      killGroup();
      await browser.close().catch(() => undefined);
    },
  };
  running.add(launched);
  return launched;
}

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools endpoint:\n${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${seen}`)));
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
