import { expect, test, type Page } from '@playwright/test';
import {
  checkInboundFrom,
  fillManyRules,
  fillRuleRow,
  openCloudGroup,
  ruleRows,
  trafficAnswer,
} from '../support/cloud-rule-steps.ts';

// Issue 10, items 3-5 (spec §11, seed 002): Tencent's rule tables and editor. Rules have no priority: their
// position decides, top down, and the first rule that matches wins.
const LIST = '/tencent/ap-guangzhou/security-groups';
const inbound = (page: Page) => page.getByRole('table', { name: 'Inbound rules' });
const rowOf = (page: Page, note: string) => inbound(page).getByRole('row').filter({ hasText: note });
const operation = async (page: Page, note: string, action: string) => {
  const id = (await rowOf(page, note).getByRole('checkbox').getAttribute('aria-label'))!.replace('Select rule ', '');
  await rowOf(page, note)
    .getByRole('button', { name: `${action} rule ${id}` })
    .click();
};
const notesInOrder = async (page: Page) => await ruleRows(inbound(page)).locator('td:nth-child(5)').allTextContents();

async function addRule(page: Page, rule: { port: string; source: string; note: string; reject?: boolean }) {
  const dialog = page.getByRole('dialog');
  await fillRuleRow(dialog, 1, { ...rule, portLabel: 'Port', sourceLabel: 'Source', noteLabel: 'Notes' });
  if (rule.reject) {
    await dialog.getByLabel('Policy, row 1').click();
    await page.getByRole('option', { name: 'Reject' }).click();
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test("the mysql group's rules read in Tencent's words, in the order that decides", async ({ page }) => {
  await openCloudGroup(page, LIST, 'mysql');
  await expect(page.getByRole('tab', { name: 'Inbound rule (3)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Outbound rule (1)' })).toBeVisible();
  const headers = await inbound(page).getByRole('columnheader').allTextContents();
  expect(headers.slice(1)).toEqual(['Source', 'Protocol port', 'Policy', 'Notes', 'Operation']);
  await expect(page.getByText(/first rule that matches decides/)).toBeVisible();
  await expect
    .poll(() => notesInOrder(page))
    .toEqual(['Quarantined subnet', 'SSH from the VPC', 'MySQL from the web servers']);
  await expect(rowOf(page, 'Quarantined subnet')).toContainText('TCP:22');
  await expect(rowOf(page, 'Quarantined subnet')).toContainText('Reject');
  const ops = rowOf(page, 'SSH from the VPC').getByRole('button');
  await expect(ops).toHaveText(['Edit', 'Insert', 'Delete', 'Move up', 'Move down']);
  await expect(rowOf(page, 'Quarantined subnet').getByRole('button', { name: /^Move up/ })).toBeDisabled();

  await page.getByRole('tab', { name: /Outbound rule/ }).click();
  const outbound = page.getByRole('table', { name: 'Outbound rules' });
  await expect(outbound.getByRole('columnheader', { name: 'Destination' })).toBeVisible();
  await expect(outbound).toContainText('ALL');
});

test('add at the top, insert, move up and down, edit and delete: the order decides Check Traffic', async ({ page }) => {
  test.setTimeout(150_000); // a long journey: four trips to Check Traffic
  await openCloudGroup(page, LIST, 'mysql');
  const groupUrl = page.url();

  // Add at the top, in Tencent's port syntax; the editor offers Tencent's protocols and no Priority.
  await page.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Inbound rule' });
  await expect(dialog.getByLabel('Priority, row 1')).toHaveCount(0);
  await expect(dialog.getByLabel('Port, row 1')).toHaveAttribute('placeholder', '80,443 or 8000-8010 or ALL');
  await dialog.getByLabel('Protocol, row 1').click();
  await expect(page.getByRole('option')).toHaveText(['TCP', 'UDP', 'ICMP', 'ICMPv6', 'GRE', 'ALL']);
  await page.getByRole('option', { name: 'TCP', exact: true }).click();
  await dialog.getByRole('radio', { name: 'Top (matched first)' }).check();
  await addRule(page, { port: '80,443', source: '10.0.5.0/24', note: 'Web ports' });
  await expect
    .poll(() => notesInOrder(page))
    .toEqual(['Web ports', 'Quarantined subnet', 'SSH from the VPC', 'MySQL from the web servers']);
  await expect(rowOf(page, 'Web ports')).toContainText('TCP:80,443');

  // Insert above SSH: below the quarantine, so a quarantined jump host is still rejected first.
  await operation(page, 'SSH from the VPC', 'Insert a rule above');
  await expect(page.getByRole('dialog', { name: 'Insert Inbound rule' })).toBeVisible();
  await addRule(page, { port: '22', source: '10.0.9.7', note: 'Jump host' });
  await expect
    .poll(() => notesInOrder(page))
    .toEqual(['Web ports', 'Quarantined subnet', 'Jump host', 'SSH from the VPC', 'MySQL from the web servers']);

  const checkJumpHost = async (verdict: 'Allowed' | 'Denied', decidedBy: string) => {
    await page.goto('/tencent/ap-guangzhou/instances');
    await page
      .getByRole('table', { name: 'Instances' })
      .getByRole('row')
      .filter({ hasText: 'mysql-01' })
      .getByRole('link', { name: /^ins-/ })
      .click();
    await page.getByRole('tab', { name: 'Check Traffic' }).click();
    await checkInboundFrom(page, '22', '10.0.9.7');
    await expect(trafficAnswer(page).getByRole('heading', { name: verdict })).toBeVisible();
    await expect(trafficAnswer(page)).toContainText(decidedBy);
    await page.goto(groupUrl);
  };
  await checkJumpHost('Denied', 'Quarantined subnet');

  // Move up: the jump host's rule now comes first and wins.
  await operation(page, 'Jump host', 'Move up');
  await expect
    .poll(() => notesInOrder(page))
    .toEqual(['Web ports', 'Jump host', 'Quarantined subnet', 'SSH from the VPC', 'MySQL from the web servers']);
  await checkJumpHost('Allowed', 'Jump host');

  // Move down again: the quarantine wins again.
  await operation(page, 'Jump host', 'Move down');
  await expect
    .poll(() => notesInOrder(page))
    .toEqual(['Web ports', 'Quarantined subnet', 'Jump host', 'SSH from the VPC', 'MySQL from the web servers']);
  await checkJumpHost('Denied', 'Quarantined subnet');

  // Edit: the quarantine becomes an Allow; the jump host is allowed by it, first in line.
  await operation(page, 'Quarantined subnet', 'Edit');
  const edit = page.getByRole('dialog', { name: 'Edit Inbound rule' });
  await edit.getByLabel('Policy').click();
  await page.getByRole('option', { name: 'Allow' }).click();
  await edit.getByLabel('Notes').fill('Subnet cleared');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(rowOf(page, 'Subnet cleared')).toContainText('Allow');
  await expect.poll(async () => (await notesInOrder(page))[1]).toBe('Subnet cleared');

  // Delete the rule added at the top.
  await operation(page, 'Web ports', 'Delete');
  const remove = page.getByRole('dialog', { name: 'Delete Security Group Rule' });
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toBeHidden();
  await page.reload();
  await expect
    .poll(() => notesInOrder(page))
    .toEqual(['Subnet cleared', 'Jump host', 'SSH from the VPC', 'MySQL from the web servers']);
  await checkJumpHost('Allowed', 'Subnet cleared');
});

test('a notes field longer than 100 characters is refused next to the field with the code', async ({ page }) => {
  await openCloudGroup(page, LIST, 'mysql');
  await page.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Inbound rule' });
  await fillRuleRow(dialog, 1, { port: '8080', portLabel: 'Port', source: '10.0.0.0/16', sourceLabel: 'Source' });
  await dialog.getByLabel('Notes, row 1').fill('x'.repeat(101));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/^InvalidParameterValue\.TooLong: /)).toBeVisible();
  await expect(dialog.getByLabel('Notes, row 1')).toHaveAttribute('aria-invalid', 'true');
});

test('100 inbound rules per group: a Save past the limit is refused with its code and stores nothing', async ({
  page,
}) => {
  test.slow(); // 100 rules typed into ten rows
  await openCloudGroup(page, LIST, 'mysql');
  await expect(page.getByText('Inbound rules: 3 / 100')).toBeVisible();
  await page.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Inbound rule' });
  await fillManyRules(dialog, { port: 'Port', source: 'Source' }, 10, 20);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/LimitExceeded/)).toBeVisible();
  await expect(dialog.getByText(/at most 100 inbound rules per group/)).toBeVisible();
  await page.reload();
  await expect(page.getByText('Inbound rules: 3 / 100')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Inbound rule (3)' })).toBeVisible();
});
