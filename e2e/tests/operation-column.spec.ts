import { expect, test, type Locator } from '@playwright/test';

/** Seed 004 names the column of a row's actions "Operation" ("In the Operation column of the target ..."). */
async function expectOperationColumn(table: Locator) {
  await expect(table.getByRole('columnheader', { name: 'Operation' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Actions' })).toHaveCount(0);
}

test('every list with row actions has an Operation column', async ({ page }) => {
  await page.goto('/cn-hangzhou/security-groups');
  await expectOperationColumn(page.getByRole('table', { name: 'Security groups' }));
  await page
    .getByRole('row', { name: /prod-web-sg/ })
    .getByRole('link', { name: /^sg-/ })
    .click();
  await expectOperationColumn(page.getByRole('table', { name: 'Inbound rules' }));
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expectOperationColumn(page.getByRole('table', { name: 'Snapshots' }));

  await page.goto('/cn-hangzhou/network-interfaces');
  await expectOperationColumn(page.getByRole('table', { name: 'Network interfaces' }));
  await page.goto('/cn-hangzhou/prefix-lists');
  await expectOperationColumn(page.getByRole('table', { name: 'Prefix Lists' }));
  await page.goto('/cn-hangzhou/port-lists');
  await expectOperationColumn(page.getByRole('table', { name: 'Port Lists' }));
  await page.goto('/cn-hangzhou/security-group-snapshots');
  await expectOperationColumn(page.getByRole('table', { name: 'Snapshot policies' }));
});
