import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  associateGroup,
  changeRules,
  createPolicy,
  openGroup,
  POLICIES_URL,
  policyRow,
  ruleRows,
  snapshotsTable,
} from '../support/snapshot-steps.ts';

test('a policy backs up prod-web-sg; the diff shows the changes, restore undoes them', async ({ page }) => {
  test.setTimeout(60_000);
  const row = await createPolicy(page, 'prod-rules-backup', { days: '7' });
  await expect(row).toContainText('Enabled');
  await expect(row).toContainText('7 days');
  await associateGroup(page, 'prod-rules-backup', 'prod-web-sg');
  await expect(row.getByRole('cell').nth(5)).toHaveText('1');

  const groupId = await openGroup(page, 'prod-web-sg');
  const inboundBefore = await ruleRows(page, 'Inbound');
  const outboundBefore = await ruleRows(page, 'Outbound');
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(page).toHaveURL(new RegExp(`/security-groups/${groupId}/snapshots$`));
  await expect(page.getByText(/Snapshot policies: prod-rules-backup/)).toBeVisible();
  const association = snapshotsTable(page).getByRole('row', { name: /Association/ });
  await expect(association).toContainText(/sgs-/);
  const associationId = (await association.getByRole('cell').first().textContent())!;

  await changeRules(page);
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(snapshotsTable(page).getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: '+5 minutes' }).click();
  const ruleChange = snapshotsTable(page).getByRole('row', { name: /Rule change/ });
  await expect(ruleChange).toBeVisible();
  await expect(snapshotsTable(page).getByRole('row')).toHaveCount(3);
  // The snapshot holds the rules as they were before the first change of its 5 minutes: 5 inbound, 1 outbound.
  await expect(ruleChange.getByRole('cell').nth(4)).toHaveText('5');

  // The compare URL, opened directly and reloaded, shows what changed since the association.
  await page.goto(`/cn-hangzhou/security-groups/${groupId}/snapshots/compare?from=${associationId}&to=current`);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Inbound (2 changes)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Outbound (1 change)' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: /^To: Current rules/ }).getByRole('row', { name: /Added/ }),
  ).toContainText('8080/8080');
  await expect(
    page.getByRole('table', { name: /^From: Snapshot/ }).getByRole('row', { name: /Removed/ }),
  ).toContainText('Ping');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`sg-diff_${groupId}_${associationId}_current.md`);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('8080/8080');
  expect(markdown).toContain('| Inbound | 1 | 1 | 0 |');

  // Restore Snapshot on the association snapshot: exactly the changed rows are marked on each tab.
  await page.goto(`/cn-hangzhou/security-groups/${groupId}/snapshots`);
  await snapshotsTable(page)
    .getByRole('row', { name: /Association/ })
    .getByRole('button', { name: 'Restore Snapshot' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore Security Group' });
  await expect(dialog.getByText(/takes effect immediately and cannot be undone/)).toBeVisible();
  await expect(dialog.getByRole('tab', { name: 'Inbound (2 changes)' })).toBeVisible();
  await dialog.getByLabel('Changes only').check();
  const current = dialog.getByRole('table', { name: 'Current Security Group Rules' });
  const restored = dialog.getByRole('table', { name: 'Restored Security Group Rules' });
  await expect(current.getByRole('row')).toHaveCount(2);
  await expect(current.getByRole('row').nth(1)).toContainText(/-\s*Removed.*8080\/8080/);
  await expect(restored.getByRole('row')).toHaveCount(2);
  await expect(restored.getByRole('row').nth(1)).toContainText(/\+\s*Added.*Ping/);
  await dialog.getByRole('tab', { name: 'Outbound (1 change)' }).click();
  await expect(restored.getByRole('row')).toHaveCount(2);
  await expect(restored.getByRole('row').nth(1)).toContainText('Changed');
  await expect(restored.getByRole('row').nth(1)).toContainText('Known high-risk address, reviewed');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Restored from ${associationId}`)).toBeVisible();

  await page.reload();
  expect(await ruleRows(page, 'Inbound')).toEqual(inboundBefore);
  expect(await ruleRows(page, 'Outbound')).toEqual(outboundBefore);
});

test('a disabled policy takes no snapshot, on association or after a change', async ({ page }) => {
  const row = await createPolicy(page, 'paused-backup', { status: 'Disable' });
  await expect(row).toContainText('Disabled');
  await associateGroup(page, 'paused-backup', 'prod-web-sg');
  await expect(row.getByRole('cell').nth(5)).toHaveText('1');

  await openGroup(page, 'prod-web-sg');
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(snapshotsTable(page)).toContainText('No snapshots of this security group.');
  await changeRules(page);
  await page.getByRole('button', { name: '+5 minutes' }).click();
  await expect(page.getByRole('timer', { name: 'Current time' })).toContainText('+5 min');
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(page.getByText(/Snapshot policies: paused-backup/)).toContainText('Disabled');
  await expect(snapshotsTable(page)).toContainText('No snapshots of this security group.');
});

test('the policy form checks its fields early; the role is authorized once; Modify and Delete', async ({ page }) => {
  await page.goto(POLICIES_URL);
  await page.getByRole('button', { name: 'Create Snapshot Policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Snapshot Policy' });
  await expect(dialog).toContainText('ALIYUNSECURITYGROUPSNAPSHOTROLE');
  await dialog.getByRole('button', { name: 'Authorize' }).click();
  await expect(dialog.getByLabel('Retention Period')).toHaveValue('1');
  await dialog.getByLabel('Policy Name').fill('1bad');
  await dialog.getByLabel('Retention Period').fill('31');
  await dialog.getByLabel('OSS Storage Configuration').fill('my-bucket');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByText(/InvalidSnapshotPolicyName\.Malformed/)).toBeVisible();
  await expect(dialog.getByText(/InvalidRetentionDays\.Malformed/)).toBeVisible();
  await expect(dialog.getByText(/InvalidOssBucketName\.Unauthorized/)).toBeVisible();
  await dialog.getByLabel('Policy Name').fill('weekly-backup');
  await dialog.getByLabel('Retention Period').fill('30');
  await dialog.getByLabel('OSS Storage Configuration').fill('sg-snapshot-prod');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(policyRow(page, 'weekly-backup')).toContainText('sg-snapshot-prod');

  await page.reload();
  await page.getByRole('button', { name: 'Create Snapshot Policy' }).click();
  await expect(dialog.getByLabel('Policy Name')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Authorize' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await policyRow(page, 'weekly-backup').getByRole('button', { name: 'Modify' }).click();
  const modify = page.getByRole('dialog', { name: 'Modify Snapshot Policy' });
  await modify.getByLabel('OSS Storage Configuration').fill('');
  await modify.getByRole('radio', { name: 'Disable' }).check();
  await modify.getByRole('button', { name: 'OK' }).click();
  await expect(modify).toBeHidden();
  await expect(policyRow(page, 'weekly-backup')).toContainText('Default bucket');
  await expect(policyRow(page, 'weekly-backup')).toContainText('Disabled');

  await policyRow(page, 'weekly-backup').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete Snapshot Policy' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(/No snapshot policies yet/)).toBeVisible();
});
