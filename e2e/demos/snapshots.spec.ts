import { expect, test } from '@playwright/test';
import {
  associateGroup,
  changeRules,
  openGroup,
  POLICIES_URL,
  policyRow,
  snapshotsTable,
} from '../support/snapshot-steps.ts';

/** Seed 004 "Security group snapshots", screenshot by screenshot (e2e/screenshots/snapshots-*.png). */
test('security group snapshots', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const shot = (name: string) => page.screenshot({ path: `screenshots/snapshots-${name}.png`, fullPage: true });

  await page.goto(POLICIES_URL);
  await page.getByRole('button', { name: 'Create Snapshot Policy' }).click();
  const create = page.getByRole('dialog', { name: 'Create Snapshot Policy' });
  await create.getByRole('button', { name: 'Authorize' }).waitFor();
  await shot('1-authorize-role');
  await create.getByRole('button', { name: 'Authorize' }).click();
  await create.getByLabel('Policy Name').fill('prod-rules-backup');
  await create.getByLabel('Retention Period').fill('7');
  await create.getByLabel('OSS Storage Configuration').fill('my-bucket');
  await create.getByLabel('Policy Name').click();
  await shot('2-create-policy');
  await create.getByLabel('OSS Storage Configuration').fill('');
  await create.getByRole('button', { name: 'OK' }).click();
  await expect(create).toBeHidden();

  await policyRow(page, 'prod-rules-backup').getByRole('button', { name: 'Associated Security Group' }).click();
  const associate = page.getByRole('dialog', { name: 'Associated Security Group' });
  await associate.getByLabel('Security Groups').click();
  await page.getByRole('option', { name: /prod-web-sg/ }).click();
  await page.getByRole('option', { name: /prod-db-sg/ }).click();
  await associate.getByText(/^Snapshot policy/).click();
  await shot('3-associate-groups');
  await associate.getByRole('button', { name: 'Cancel' }).click();
  await associateGroup(page, 'prod-rules-backup', 'prod-web-sg');
  await shot('4-policies');

  await openGroup(page, 'prod-web-sg');
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await snapshotsTable(page)
    .getByRole('row', { name: /Association/ })
    .waitFor();
  await shot('5-group-snapshots');

  await changeRules(page);
  await page.getByRole('button', { name: '+5 minutes' }).click();
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await snapshotsTable(page)
    .getByRole('row', { name: /Rule change/ })
    .waitFor();
  await shot('6-rule-change-snapshot');

  await snapshotsTable(page)
    .getByRole('row', { name: /Association/ })
    .getByRole('button', { name: 'Restore Snapshot' })
    .click();
  const restore = page.getByRole('dialog', { name: 'Restore Security Group' });
  await restore.getByRole('table', { name: 'Current Security Group Rules' }).waitFor();
  await page.waitForTimeout(400); // the dialog's opening transition
  await shot('7-restore-inbound');
  await restore.getByRole('tab', { name: /^Outbound/ }).click();
  await restore.getByLabel('Changes only').check();
  await shot('8-restore-outbound-changes-only');
  await restore.getByRole('button', { name: 'Cancel' }).click();

  await snapshotsTable(page)
    .getByRole('row', { name: /Association/ })
    .getByRole('link', { name: 'Compare' })
    .click();
  await page.getByRole('tab', { name: /^Inbound/ }).waitFor();
  await shot('9-compare');
  await expect(page.getByRole('button', { name: 'Restore…' })).toBeDisabled();
  // What a restore of the association snapshot would change: from the current rules to the snapshot.
  await page.getByRole('combobox', { name: 'From' }).click();
  await page.getByRole('option', { name: 'Current rules' }).click();
  await page.getByRole('combobox', { name: 'To' }).click();
  await page.getByRole('option', { name: /association/ }).click();
  await page.getByRole('tab', { name: 'Inbound (2 changes)' }).waitFor();
  await shot('10-compare-restore-preview');
  await page.getByRole('button', { name: 'Restore…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore Security Group' });
  await confirm.getByRole('button', { name: 'OK' }).click();
  await expect(confirm).toBeHidden();
  await page.getByText(/^Restored from/).waitFor();
  await shot('11-restored');
});
