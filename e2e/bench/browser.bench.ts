import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test, type BrowserContext } from '@playwright/test';
import { addRule, associate, changeSecurityGroups, importPreview, restoreSnapshot } from './demo-world-steps.ts';
import { verdictOnThousandRules } from './engine-steps.ts';
import { longestTask, recordLongTasks, whenDone, type Timing } from './in-page.ts';
import { tableHas } from './page-state.ts';
import { printTable, type BenchRow } from './report.ts';

/**
 * From a new page's navigation to the first Security Groups list showing a group, on a world already stored in
 * IndexedDB (the context's first page stored it): the page's own clock starts at navigation.
 */
async function coldStart(context: BrowserContext, url: string): Promise<Timing> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const end = await whenDone(page, `() => ${tableHas('Security groups', 'sg-')}`);
  const timing = { ms: end, longestTaskMs: await longestTask(page, 0, end) };
  await page.close();
  return timing;
}

test('browser benchmark', async ({ browser }) => {
  const rows: BenchRow[] = [];
  const context = await browser.newContext();
  await recordLongTasks(context);

  // The demo world, stored by a first visit.
  const page = await context.newPage();
  await page.goto('/cn-hangzhou/security-groups');
  await expect(
    page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ }).first(),
  ).toBeVisible();
  const demoStart = await coldStart(context, '/cn-hangzhou/security-groups');
  rows.push({ name: 'Cold start to the Security Groups list, demo world', ...demoStart });

  rows.push({ name: 'Add Rule: OK to the rule in the table', ...(await addRule(page)) });
  rows.push({ name: 'Change Security Groups: OK to the new group listed', ...(await changeSecurityGroups(page)) });
  rows.push({ name: 'Associate a snapshot policy: OK to the count shown', ...(await associate(page)) });
  rows.push({ name: 'Restore Snapshot: OK to "Restored from"', ...(await restoreSnapshot(page)) });
  rows.push({ name: 'Import preview of 200 rules: file picked to every row listed', ...(await importPreview(page)) });
  rows.push({
    name: 'Check Traffic verdict on a 1,000-rule interface (engine, in the page, median)',
    ms: await verdictOnThousandRules(page),
  });

  await context.close();
  printTable(rows);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/browser.json', JSON.stringify(rows, null, 2));
});
