import { expect, test, type Page } from '@playwright/test';
import { changeGroups } from '../support/interface-steps.ts';
import {
  checkInboundFrom,
  fillManyRules,
  fillRuleRow,
  openCloudGroup,
  trafficAnswer,
} from '../support/cloud-rule-steps.ts';

// Issue 10, items 3-5 (spec §12, seed 003): JD Cloud's rule tables and editor. Rules only allow, have no priority,
// and the rules of all of an instance's groups are a union; at most 100 rules per group, both directions counted.
const LIST = '/jdcloud/cn-north-1/security-groups';
const inbound = (page: Page) => page.getByRole('table', { name: 'Inbound rules' });

async function openEditor(page: Page) {
  await page.getByRole('button', { name: 'Add New Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("the web group's rules read in JD Cloud's words; rules are added, and Deny is never offered", async ({ page }) => {
  await openCloudGroup(page, LIST, 'web-servers');
  await expect(page.getByRole('tab', { name: 'Inbound Rules (3)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Outbound Rules (1)' })).toBeVisible();
  const headers = await inbound(page).getByRole('columnheader').allTextContents();
  expect(headers.slice(1)).toEqual(['Protocol', 'Destination Port', 'Source IP', 'Policy', 'Remarks', 'Operation']);
  await expect(page.getByText(/union of allows/)).toBeVisible();
  await expect(inbound(page).getByRole('row').filter({ hasText: 'HTTPS' })).toContainText('443');

  const dialog = await openEditor(page);
  await expect(dialog.getByLabel('Priority, row 1')).toHaveCount(0);
  await expect(dialog.getByLabel('Destination Port, row 1')).toHaveAttribute('placeholder', '22 or 20-22');
  await dialog.getByLabel('Policy, row 1').click();
  await expect(page.getByRole('option')).toHaveText(['Allow']);
  await page.getByRole('option', { name: 'Allow' }).click();
  await fillRuleRow(dialog, 1, {
    port: '8000-8010',
    portLabel: 'Destination Port',
    source: '10.0.0.0/16',
    sourceLabel: 'Source IP',
    note: 'App ports from the VPC',
    noteLabel: 'Remarks',
  });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  const added = inbound(page).getByRole('row').filter({ hasText: 'App ports from the VPC' });
  await expect(added).toContainText('8000-8010');
  await expect(added).toContainText('Allow');
  await expect(page.getByRole('tab', { name: 'Inbound Rules (4)' })).toBeVisible();
});

test('a remark longer than 256 characters is refused next to the field with the code', async ({ page }) => {
  await openCloudGroup(page, LIST, 'web-servers');
  const dialog = await openEditor(page);
  await fillRuleRow(dialog, 1, {
    port: '8080',
    portLabel: 'Destination Port',
    source: '10.0.0.0/16',
    sourceLabel: 'Source IP',
  });
  await dialog.getByLabel('Remarks, row 1').fill('r'.repeat(257));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/^INVALID_ARGUMENT: /)).toBeVisible();
  await expect(dialog.getByLabel('Remarks, row 1')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Remarks, row 1').fill('r'.repeat(256));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
});

test('100 rules per group, both directions: a Save past the limit is refused with its code and stores nothing', async ({
  page,
}) => {
  test.slow(); // 100 rules typed into ten rows
  await openCloudGroup(page, LIST, 'web-servers');
  await expect(page.getByText('Rules: 4 / 100')).toBeVisible();
  const dialog = await openEditor(page);
  await fillManyRules(dialog, { port: 'Destination Port', source: 'Source IP' }, 10, 30);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/QUOTA_EXCEEDED/)).toBeVisible();
  await expect(dialog.getByText(/The limit is 100/)).toBeVisible();
  await page.reload();
  await expect(page.getByText('Rules: 4 / 100')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Inbound Rules (3)' })).toBeVisible();
});

test("an instance's groups are a union of allows: adding a group opens what its rules allow", async ({ page }) => {
  await page.goto('/jdcloud/cn-north-1/instances');
  await page
    .getByRole('table', { name: 'Instances' })
    .getByRole('row')
    .filter({ hasText: 'mysql-01' })
    .getByRole('link', { name: /^i-/ })
    .click();
  await page.getByRole('tab', { name: 'Check Traffic' }).click();
  await checkInboundFrom(page, '80', '8.8.8.8');
  await expect(trafficAnswer(page).getByRole('heading', { name: 'Denied' })).toBeVisible();

  await page.getByRole('tab', { name: 'Security Groups' }).click();
  await expect(await changeGroups(page, { add: ['web-servers'] })).toBeHidden();

  await page.getByRole('tab', { name: 'Check Traffic' }).click();
  await checkInboundFrom(page, '80', '8.8.8.8');
  await expect(trafficAnswer(page).getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(trafficAnswer(page)).toContainText('web-servers');
  // The mysql group's own allow still applies: one group's rules do not take another's away.
  await checkInboundFrom(page, '3306', '10.0.1.5');
  await expect(trafficAnswer(page).getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(trafficAnswer(page)).toContainText('mysql');
});
