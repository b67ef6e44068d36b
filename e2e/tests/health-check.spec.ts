import { expect, test, type Page } from '@playwright/test';
import { inbound, openGroup } from '../support/snapshot-steps.ts';

async function openHealthCheck(page: Page) {
  await page.getByRole('button', { name: 'Health Check' }).click();
  const dialog = page.getByRole('dialog', { name: 'Health Check' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('Health Check finds a planted redundant rule and deletes it', async ({ page }) => {
  await openGroup(page, 'prod-web-sg');
  let dialog = await openHealthCheck(page);
  await expect(dialog.getByText('No redundant rules')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // TCP 80 from 10.0.0.0/8 at priority 1: the rule allowing TCP 80 from 0.0.0.0/0 at priority 1 covers it.
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Priority, row 1').fill('1');
  await editor.getByLabel('Port Range, row 1').fill('80/80');
  await editor.getByLabel('Source, row 1').fill('10.0.0.0/8');
  await editor.getByLabel('Description, row 1').fill('Planted narrower rule');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText('Rules: 7 / 200')).toBeVisible();

  dialog = await openHealthCheck(page);
  const table = dialog.getByRole('table', { name: 'Redundant rules' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Planted narrower rule');
  await expect(rows).toContainText('10.0.0.0/8');
  // The covering rule: direction, action, priority, protocol, port, object and description.
  await expect(rows).toContainText('Inbound · Allow · Priority 1');
  await expect(rows).toContainText('Custom TCP 80/80');
  await expect(rows).toContainText('0.0.0.0/0');
  await expect(rows).toContainText('HTTP for the public website');
  const deleteButton = dialog.getByRole('button', { name: /^Delete Selected Rules/ });
  await expect(deleteButton).toBeDisabled();
  await rows.getByRole('checkbox').check();
  await deleteButton.click();
  await expect(dialog.getByText('No redundant rules')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByText('Rules: 6 / 200')).toBeVisible();
  await expect(inbound(page).getByRole('row', { name: /Planted narrower rule/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Rules: 6 / 200')).toBeVisible();
});

test('redundant rules of both directions are deleted together', async ({ page }) => {
  await openGroup(page, 'prod-web-sg');
  await page.getByRole('button', { name: 'Add Rule' }).click();
  let editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Port Range, row 1').fill('443/443');
  await editor.getByLabel('Source, row 1').fill('192.168.0.0/16');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  // Outbound: a priority-5 drop of TCP 22 to 203.0.113.66/32, covered by the priority-1 drop of all traffic to it.
  await page.getByRole('tab', { name: /^Outbound/ }).click();
  await page.getByRole('button', { name: 'Add Rule' }).click();
  editor = page.getByRole('dialog', { name: 'Add Outbound Rule' });
  await editor.getByLabel('Action, row 1').click();
  await page.getByRole('option', { name: 'Deny' }).click();
  await editor.getByLabel('Priority, row 1').fill('5');
  await editor.getByLabel('Port Range, row 1').fill('22/22');
  await editor.getByLabel('Destination, row 1').fill('203.0.113.66/32');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText('Rules: 8 / 200')).toBeVisible();

  const dialog = await openHealthCheck(page);
  const rows = dialog.getByRole('table', { name: 'Redundant rules' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await dialog.getByRole('checkbox', { name: 'Select all redundant rules' }).check();
  await dialog.getByRole('button', { name: 'Delete Selected Rules (2)' }).click();
  await expect(dialog.getByText('No redundant rules')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('Rules: 6 / 200')).toBeVisible();
});

test('a managed group can be checked but not changed: no checkboxes, no delete, no import', async ({ page }) => {
  await openGroup(page, 'alicloud-cs-auto-created');
  await expect(page.getByRole('button', { name: 'Import Security Group Rule' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  const dialog = await openHealthCheck(page);
  const rows = dialog.getByRole('table', { name: 'Redundant rules' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Node health checks');
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /Delete Selected Rules/ })).toHaveCount(0);
  await expect(dialog.getByText(/view-only/)).toBeVisible();
});
