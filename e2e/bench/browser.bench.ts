import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test, type BrowserContext } from '@playwright/test';
import { addRule, associate, changeSecurityGroups, importPreview, restoreSnapshot } from './demo-world-steps.ts';
import { verdictOnThousandRules } from './engine-steps.ts';
import { longestTask, recordLongTasks, scrollFrames, whenDone, type Timing } from './in-page.ts';
import { bigAndSmallGroups, reachabilityOfLargeVpc, timeNavigation, twoSnapshots } from './large-world-steps.ts';
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

  // The large world (full size), built by a first start with ?world=large and stored.
  const large = await browser.newContext();
  await recordLongTasks(large);
  const lp = await large.newPage();
  await lp.goto('/cn-hangzhou/security-groups?world=large', { waitUntil: 'commit' });
  const built = await whenDone(lp, `() => ${tableHas('Security groups', 'sg-')}`);
  rows.push({
    name: 'First start building the large world, to the list',
    ms: built,
    longestTaskMs: await longestTask(lp, 0, built),
  });
  const largeStart = await coldStart(large, '/cn-hangzhou/security-groups');
  rows.push({ name: 'Cold start to the Security Groups list, large world', ...largeStart });
  rows.push({ name: 'Cold start ratio, large / demo', value: (largeStart.ms / demoStart.ms).toFixed(2) });

  const { big, small } = await bigAndSmallGroups(lp);
  const rulesShown = (count: number) =>
    `() => document.querySelector('table[aria-label="Inbound rules"]') !== null && ` +
    `Number(document.querySelector('table[aria-label="Inbound rules"]').getAttribute('aria-rowcount') ?? ` +
    `document.querySelectorAll('table[aria-label="Inbound rules"] tbody tr').length + 1) - 1 >= ${count}`;
  const toList = () =>
    timeNavigation(lp, '/cn-hangzhou/security-groups', `() => ${tableHas('Security groups', 'sg-')}`);
  // Once first, untimed: the group page's code loads on its first visit.
  await timeNavigation(lp, `/cn-hangzhou/security-groups/${small}`, rulesShown(10));
  await toList();
  const openSmall = await timeNavigation(lp, `/cn-hangzhou/security-groups/${small}`, rulesShown(10));
  await toList();
  const openBig = await timeNavigation(lp, `/cn-hangzhou/security-groups/${big}`, rulesShown(900));
  rows.push({ name: "Open a 10-rule group's rules (in-app navigation)", ...openSmall });
  rows.push({ name: "Open a 1,000-rule group's rules (in-app navigation)", ...openBig });
  rows.push({ name: 'Open ratio, 1,000 / 10 rules (goal <= 2)', value: (openBig.ms / openSmall.ms).toFixed(2) });
  const scroll = await scrollFrames(lp, lp.getByRole('table', { name: 'Inbound rules' }));
  rows.push({
    name: 'Scroll the 1,000-rule table to its end: frames over 50 ms',
    ms: scroll.worstMs,
    value: `${scroll.slow} of ${scroll.frames} frames (ms = worst frame)`,
  });
  rows.push({
    name: 'Reachability matrix of the large VPC (5,000 instances)',
    value: await reachabilityOfLargeVpc(lp),
  });
  const { from, to } = await twoSnapshots(lp, big);
  const diff = await timeNavigation(
    lp,
    `/cn-hangzhou/security-groups/${big}/snapshots/compare?from=${from}&to=${to}`,
    `() => [...document.querySelectorAll('table[aria-label^="To: "] tbody tr')].length > 0`,
  );
  rows.push({ name: 'Restore diff of two 1,000-rule snapshots (compare page)', ...diff });
  await large.close();

  printTable(rows);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/browser.json', JSON.stringify(rows, null, 2));
});
