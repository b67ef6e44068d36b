import { expect, type Page } from '@playwright/test';

/** The snapshot story's steps, shared by tests/snapshots.spec.ts and demos/snapshots.spec.ts. */

export const POLICIES_URL = '/cn-hangzhou/security-group-snapshots';

/**
 * A console path as an address: relative to the page's own origin once it shows the console, so the steps also
 * work in a context without a baseURL (the crash tests' persistent profile); the path itself otherwise.
 */
export function appUrl(page: Page, path: string): string {
  const current = page.url();
  return current.startsWith('http') ? new URL(path, current).href : path;
}

/** Create Snapshot Policy; authorises the service-linked role first when the dialog asks for it. */
export async function createPolicy(
  page: Page,
  name: string,
  options: { status?: 'Enable' | 'Disable'; days?: string } = {},
) {
  await page.goto(appUrl(page, POLICIES_URL));
  await page.getByRole('button', { name: 'Create Snapshot Policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Snapshot Policy' });
  const authorize = dialog.getByRole('button', { name: 'Authorize' });
  await expect(authorize.or(dialog.getByLabel('Policy Name'))).toBeVisible();
  if (await authorize.isVisible()) await authorize.click();
  await dialog.getByLabel('Policy Name').fill(name);
  if (options.status) await dialog.getByRole('radio', { name: options.status }).check();
  if (options.days) await dialog.getByLabel('Retention Period').fill(options.days);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  return policyRow(page, name);
}

export function policyRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Snapshot policies' }).getByRole('row', { name: new RegExp(name) });
}

/** Associated Security Group: adds one group to the policy. */
export async function associateGroup(page: Page, policyName: string, groupName: string) {
  await policyRow(page, policyName).getByRole('button', { name: 'Associated Security Group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Associated Security Group' });
  await dialog.getByLabel('Security Groups').click();
  await page.getByRole('option', { name: new RegExp(groupName) }).click();
  // Close the picker's list as a user would, by clicking outside it: it covers the buttons.
  await dialog.getByText(/^Snapshot policy/).click();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
}

/** Opens a demo group's details from the list and returns its ID. */
export async function openGroup(page: Page, name: string): Promise<string> {
  await page.goto(appUrl(page, '/cn-hangzhou/security-groups'));
  const link = page.getByRole('row', { name: new RegExp(name) }).getByRole('link', { name: /^sg-/ });
  const groupId = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole('table', { name: 'Inbound rules' })).toBeVisible();
  return groupId;
}

export const snapshotsTable = (page: Page) => page.getByRole('table', { name: 'Snapshots' });
export const inbound = (page: Page) => page.getByRole('table', { name: 'Inbound rules' });
export const outbound = (page: Page) => page.getByRole('table', { name: 'Outbound rules' });

/** The Access Rule tab of a group's page, and in it the Inbound or Outbound tab. */
export async function openRules(page: Page, direction: 'Inbound' | 'Outbound') {
  await page.getByRole('tab', { name: 'Access Rule' }).click();
  await page.getByRole('tab', { name: new RegExp(`^${direction}`) }).click();
}

/** The rule rows as text, without the checkbox, Created At and Operation cells (a restore may renew those). */
export async function ruleRows(page: Page, direction: 'Inbound' | 'Outbound'): Promise<string[]> {
  await openRules(page, direction);
  const table = direction === 'Inbound' ? inbound(page) : outbound(page);
  await expect(table).toBeVisible();
  const rows = await table.getByRole('row').all();
  const texts: string[] = [];
  for (const row of rows.slice(1)) {
    const cells = await row.getByRole('cell').allTextContents();
    texts.push(cells.slice(1, 7).join(' | '));
  }
  return texts.sort();
}

/** Adds inbound TCP 8080 from 10.0.0.0/8, deletes the inbound Ping rule, renames the outbound rule. */
export async function changeRules(page: Page) {
  await openRules(page, 'Inbound');
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Port Range, row 1').fill('8080/8080');
  await editor.getByLabel('Source, row 1').fill('10.0.0.0/8');
  await editor.getByLabel('Description, row 1').fill('App port from the VPN');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  await inbound(page)
    .getByRole('row', { name: /Ping/ })
    .getByRole('button', { name: /^Delete rule/ })
    .click();
  const remove = page.getByRole('dialog', { name: 'Delete Security Group Rule' });
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toBeHidden();

  await page.getByRole('tab', { name: /^Outbound/ }).click();
  await outbound(page)
    .getByRole('row', { name: /Known high-risk address/ })
    .getByRole('button', { name: /^Modify rule/ })
    .click();
  const modify = page.getByRole('dialog', { name: 'Modify Outbound Rule' });
  await modify.getByLabel('Description').fill('Known high-risk address, reviewed');
  await modify.getByRole('button', { name: 'Save' }).click();
  await expect(modify).toBeHidden();
}
