import { expect, test, type Page } from '@playwright/test';

/**
 * The disk fills up, for real: the origin is given a 20 MB quota through CDP (Storage.overrideQuotaForOrigin, set
 * before its storage is first opened: Chromium reads an origin's quota when it opens its storage), then another
 * database of the origin is filled until Chromium refuses, so its own quota check aborts the console's next write
 * with QuotaExceededError.
 */
async function limitQuota(page: Page, url: string, quotaSize: number) {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(url, test.info().project.use.baseURL).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
}

/** Writes incompressible blocks into a database of its own until the browser refuses one: the storage is full. */
function fillStorage(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('disk-filler', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('blocks');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const put = (key: number, size: number) =>
      new Promise<string>((resolve) => {
        const tx = db.transaction('blocks', 'readwrite');
        const block = new Uint8Array(size);
        for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(block.subarray(at, at + 65_536));
        tx.objectStore('blocks').put(block, key);
        tx.oncomplete = () => resolve('ok');
        tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
      });
    let key = 0;
    let last = 'ok';
    for (let size = 1_000_000; size >= 1_000; size = Math.floor(size / 4)) {
      while ((last = await put(key++, size)) === 'ok');
    }
    db.close();
    return last;
  });
}

test('a full storage refuses a write with a clear message, keeps pages working and changes nothing', async ({
  page,
}) => {
  await limitQuota(page, '/alibaba/cn-hangzhou/vpcs', 20_000_000);
  await page.goto('/alibaba/cn-hangzhou/vpcs');
  const vpcs = page.getByRole('table', { name: 'VPCs' });
  await expect(vpcs.getByRole('link', { name: /^vpc-/ }).first()).toBeVisible();
  const before = await vpcs.getByRole('link', { name: /^vpc-/ }).count();

  expect(await fillStorage(page)).toBe('QuotaExceededError');

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
