import { expect, type Locator, type Page } from '@playwright/test';

/** Steps of tests/tencent-rules.spec.ts and tests/jdcloud-rules.spec.ts: a cloud's demo world, in its own words. */

/** Opens a group of a cloud's demo world from its Security Groups list; returns its ID. */
export async function openCloudGroup(page: Page, listUrl: string, name: string): Promise<string> {
  await page.goto(listUrl);
  const link = page
    .getByRole('table', { name: 'Security groups' })
    .getByRole('row')
    .filter({ has: page.getByText(name, { exact: true }) })
    .getByRole('link', { name: /^sg-/ });
  const groupId = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole('table', { name: 'Inbound rules' })).toBeVisible();
  return groupId;
}

/** The data rows of a rule table, in the order shown. */
export const ruleRows = (table: Locator): Locator => table.locator('tbody tr');

/** Fills row `n` (1-based) of the open rule editor: ports and source, plus the cloud's description field. */
export async function fillRuleRow(
  dialog: Locator,
  n: number,
  row: { port?: string; portLabel: string; source: string; sourceLabel: string; note?: string; noteLabel?: string },
) {
  if (row.port !== undefined) await dialog.getByLabel(`${row.portLabel}, row ${n}`, { exact: true }).fill(row.port);
  await dialog.getByLabel(`${row.sourceLabel}, row ${n}`, { exact: true }).fill(row.source);
  if (row.note && row.noteLabel) await dialog.getByLabel(`${row.noteLabel}, row ${n}`, { exact: true }).fill(row.note);
}

/**
 * Adds rows to the open editor until it has `rows`, each with ten sources (ten rules a row): enough rules to pass a
 * cloud's rule limit with one Save. Sources are 10.<base>.<row>.<1..10>.
 */
export async function fillManyRules(
  dialog: Locator,
  labels: { port: string; source: string },
  rows: number,
  base: number,
) {
  for (let n = 2; n <= rows; n += 1) await dialog.getByRole('button', { name: 'Add Row' }).click();
  for (let n = 1; n <= rows; n += 1) {
    const sources = Array.from({ length: 10 }, (_, i) => `10.${base}.${n}.${i + 1}`).join(',');
    await fillRuleRow(dialog, n, {
      port: String(8000 + n),
      portLabel: labels.port,
      source: sources,
      sourceLabel: labels.source,
    });
  }
}

/** Fills Check Traffic's fields for an inbound flow from an IP address; the answer follows as they are typed. */
export async function checkInboundFrom(page: Page, port: string, ip: string) {
  await page.getByLabel('Direction').selectOption({ label: 'Inbound' });
  await page.getByLabel('Port').fill(port);
  await page.getByLabel('Source', { exact: true }).selectOption({ label: 'IP address' });
  await page.getByLabel('IP address').fill(ip);
}

export const trafficAnswer = (page: Page): Locator => page.getByRole('region', { name: 'Check traffic answer' });
