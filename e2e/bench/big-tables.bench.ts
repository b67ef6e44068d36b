import { test, type Page } from '@playwright/test';
import { createBigGroup } from '../support/big-group.ts';

/**
 * Issue 13's table goals, measured in the production build: opening a 1,000-rule group's rules against a 10-rule
 * group's (goal: ratio at most 2), and scrolling the 1,000-row table by wheel (long tasks, frames over 50 ms).
 */
const REGION = 'cn-hangzhou';
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** From the list, clicks the group: ms until its inbound table shows its rules, after the next paint. */
async function openGroup(page: Page, name: string) {
  await page.goto(`/alibaba/${REGION}/security-groups?q=${name}`);
  await page
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('link', { name: /^sg-/ })
    .waitFor();
  return page.evaluate(async () => {
    const link = Array.from(document.querySelectorAll<HTMLElement>('table a')).find((a) =>
      a.textContent?.startsWith('sg-'),
    );
    const t0 = performance.now();
    link?.click();
    await new Promise<void>((resolve) => {
      const check = () => {
        const table = document.querySelector('table[aria-label="Inbound rules"]');
        if (table?.textContent?.includes('rule 5')) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
}

/** Wheel-scrolls the inbound table to its end, counting long tasks and frames over 50 ms meanwhile. */
async function scrollRules(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frames: number[]; stop: boolean };
    Object.assign(w, { longTasks: [], frames: [], stop: false });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
    let last = performance.now();
    const frame = (t: number) => {
      w.frames.push(t - last);
      last = t;
      if (!w.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const box = await page.getByRole('table', { name: 'Inbound rules' }).boundingBox();
  await page.mouse.move((box?.x ?? 0) + 200, Math.min((box?.y ?? 0) + 200, 600));
  for (let i = 0; i < 120; i += 1) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frames: number[]; stop: boolean };
    w.stop = true;
    return {
      longTasks: w.longTasks.length,
      longTaskMs: Math.round(w.longTasks.reduce((a, b) => a + b, 0)),
      longestTaskMs: Math.round(Math.max(0, ...w.longTasks)),
      framesOver50ms: w.frames.filter((f) => f > 50).length,
      frames: w.frames.length,
    };
  });
}

test('open a 1,000-rule group against a 10-rule one; scroll its 1,000 rows', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  await createBigGroup(page, REGION, 'bench-ten', 10);
  await createBigGroup(page, REGION, 'bench-thousand', 1000);
  const small: number[] = [];
  const big: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    small.push(await openGroup(page, 'bench-ten'));
    big.push(await openGroup(page, 'bench-thousand'));
  }
  const rowsInDom = await page.getByRole('table', { name: 'Inbound rules' }).getByRole('row').count();
  const scroll = await scrollRules(page);
  const result = {
    open10Ms: Math.round(median(small)),
    open1000Ms: Math.round(median(big)),
    ratio: Number((median(big) / median(small)).toFixed(2)),
    runs10: small.map(Math.round),
    runs1000: big.map(Math.round),
    rowsInDom,
    scroll,
  };
  console.log(`big-tables: ${JSON.stringify(result)}`);
  test.info().annotations.push({ type: 'big-tables', description: JSON.stringify(result) });
});
