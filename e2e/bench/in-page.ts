import type { BrowserContext, Locator, Page } from '@playwright/test';

/**
 * Measuring inside the page, so a figure is what a user waits for, not Playwright's round trips: the clock is the
 * page's `performance.now()`, the end is the first animation frame at which the page shows the result, and long
 * tasks come from Chromium's own `longtask` entries (every task over 50 ms on the main thread).
 */
declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[];
    /** Resolves at the first animation frame at which `done` (a function's source) holds; the page's clock then. */
    __benchUntil?: (done: string, since: number) => Promise<number>;
  }
}

/**
 * Records every long task of every page of the context from its first script on, and gives the pages the timers'
 * one frame-by-frame wait (`__benchUntil`).
 */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__benchLongTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    window.__benchUntil = (done, since) => {
      const isDone = new Function(`return (${done})();`) as () => boolean;
      return new Promise((resolve, reject) => {
        const tick = () => {
          if (isDone()) resolve(performance.now());
          else if (performance.now() - since > 120_000) reject(new Error(`not done after 120 s: ${done}`));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    };
  });
}

/** The longest main-thread task that started in [from, to] of the page's clock, 0 when none was over 50 ms. */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  // Entries arrive after their task: give the observer a frame to report the last one.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return page.evaluate(
    ([a, b]) =>
      Math.max(
        0,
        ...(window.__benchLongTasks ?? []).filter((t) => t.start >= a && t.start <= b).map((t) => t.duration),
      ),
    [from, to] as const,
  );
}

export interface Timing {
  ms: number;
  longestTaskMs: number;
}

/**
 * Clicks `trigger` from inside the page and waits, frame by frame, until `done` (a function's source, run in the
 * page) is true: from the click to the first frame that shows the result.
 */
export async function timeClick(page: Page, trigger: Locator, done: string): Promise<Timing> {
  await trigger.evaluate((el) => el.setAttribute('data-bench-trigger', ''));
  const { start, end } = await page.evaluate(async (doneSource) => {
    const el = document.querySelector<HTMLElement>('[data-bench-trigger]')!;
    el.removeAttribute('data-bench-trigger');
    const t0 = performance.now();
    el.click();
    return { start: t0, end: await window.__benchUntil!(doneSource, t0) };
  }, done);
  return { ms: end - start, longestTaskMs: await longestTask(page, start, end) };
}

/** Waits in the page until `done` holds; returns the page's clock then (for a start measured elsewhere). */
export async function whenDone(page: Page, done: string): Promise<number> {
  return page.evaluate((doneSource) => window.__benchUntil!(doneSource, performance.now()), done);
}

export const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Scrolls an element's scroll box to its end in steps of one screen per frame, as a fast wheel does, and counts the frames that
 * took over 50 ms (a frame a user sees stutter).
 */
export async function scrollFrames(
  page: Page,
  scroller: Locator,
): Promise<{ frames: number; slow: number; worstMs: number }> {
  await scroller.evaluate((el) => el.setAttribute('data-bench-scroller', ''));
  return page.evaluate(async () => {
    const el = document.querySelector<HTMLElement>('[data-bench-scroller]')!;
    el.removeAttribute('data-bench-scroller');
    // The element's own scroll box (a windowed table has one), else the nearest one around it, else the page.
    let target: Element = el;
    while (
      target !== document.body &&
      !(target.scrollHeight > target.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(target).overflowY))
    )
      target = target.parentElement ?? document.body;
    if (target === document.body) target = document.scrollingElement!;
    const gaps: number[] = [];
    let last = performance.now();
    while (target.scrollTop + target.clientHeight < target.scrollHeight - 1) {
      target.scrollTop += Math.max(100, target.clientHeight);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const t = performance.now();
      gaps.push(t - last);
      last = t;
    }
    return { frames: gaps.length, slow: gaps.filter((g) => g > 50).length, worstMs: Math.max(0, ...gaps) };
  });
}

/** The median of n timed runs of an engine call in the page (`window.sgEngine`), in ms. */
export async function timeEngineCall(page: Page, action: string, params: object, runs = 15): Promise<number> {
  return page.evaluate(
    async ({ action, params, runs }) => {
      const engine = (window as unknown as { sgEngine: { call(a: string, p: object): Promise<unknown> } }).sgEngine;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await engine.call(action, params);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)]!;
    },
    { action, params, runs },
  );
}

/** The engine's call, as `window.sgEngine` gives it to work run in the page. */
export type Call = (action: string, params: object) => Promise<Record<string, unknown>>;

/** Runs `work` (self-contained: it is sent as source) in the page with the engine's call. */
export async function inPage<T, A>(page: Page, work: (call: Call, arg: A) => Promise<T>, arg: A): Promise<T> {
  return page.evaluate(
    async ({ source, arg }) => {
      const engine = (window as unknown as { sgEngine: { call: Call } }).sgEngine;
      const call: Call = (action, params) => engine.call(action, params);
      const fn = new Function(`return (${source});`)() as (call: Call, arg: unknown) => Promise<unknown>;
      return fn(call, arg);
    },
    { source: work.toString(), arg },
  ) as Promise<T>;
}
