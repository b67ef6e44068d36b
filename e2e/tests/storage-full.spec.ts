import { expect, test } from '@playwright/test';

/**
 * The disk fills up: every IndexedDB write fails with QuotaExceededError, as Chromium's own quota check would make it.
 * (CDP's Storage.overrideQuotaForOrigin did not take effect on this Chromium, 156: writes still passed, so the
 * failure is injected at the object store, where the browser raises it.)
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
});

test('a full storage refuses a write with a clear message, keeps pages working and changes nothing', async ({
  page,
}) => {
  await page.goto('/alibaba/cn-hangzhou/vpcs');
  const vpcs = page.getByRole('table', { name: 'VPCs' });
  await expect(vpcs.getByRole('link', { name: /^vpc-/ }).first()).toBeVisible();
  const before = await vpcs.getByRole('link', { name: /^vpc-/ }).count();

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));

  await page.getByRole('button', { name: 'Create VPC' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create VPC' });
  await dialog.getByLabel('VPC Name').fill('too-much');
  await dialog.getByLabel('IPv4 CIDR Block').fill('192.168.0.0/16');
  await dialog.getByRole('button', { name: 'OK' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('StorageQuotaExceeded');
  await expect(alert).toContainText("The browser's storage for this console is full, so nothing was saved");
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Reads keep working, and nothing was stored.
  await page.getByRole('link', { name: 'Security Groups' }).click();
  await expect(page.getByRole('heading', { name: 'Security Groups' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ }).first(),
  ).toBeVisible();
  await page.goto('/alibaba/cn-hangzhou/vpcs');
  await expect(vpcs.getByRole('link', { name: /^vpc-/ })).toHaveCount(before);
  await expect(vpcs).not.toContainText('too-much');

  // The World menu says whether the browser keeps the data.
  await page.getByRole('button', { name: 'World' }).click();
  await expect(page.getByText(/^Storage: /)).toBeVisible();
});
