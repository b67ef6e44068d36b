import { expect, test } from '@playwright/test';
import { changeGroups, groupNames, openInstance } from '../support/interface-steps.ts';

// Issue 5: change an instance's groups in the dialog and see the effect in Check traffic.
test('moving web-01 from prod-web-sg to the default group closes HTTP from the internet', async ({ page }) => {
  const instanceId = await openInstance(page, 'web-01');
  const answer = page.getByRole('region', { name: 'Check traffic answer' });
  const checkHttpFromInternet = async () => {
    await page.getByRole('tab', { name: 'Check Traffic' }).click();
    await page.getByLabel('Direction').selectOption({ label: 'Inbound' });
    await page.getByLabel('Port').fill('80');
    await page.getByLabel('Source', { exact: true }).selectOption({ label: 'IP address' });
    await page.getByLabel('IP address').fill('8.8.8.8');
  };

  await checkHttpFromInternet();
  await expect(answer.getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(answer).toContainText('prod-web-sg');

  await page.getByRole('tab', { name: 'Security Groups' }).click();
  const dialog = await changeGroups(page, { add: ['default-prod-vpc'], remove: ['prod-web-sg'] });
  await expect(dialog).toBeHidden();
  expect(await groupNames(page)).toEqual(['default-prod-vpc']);

  // The default group opens ICMP, 22 and 3389 only: HTTP now falls to the basic default deny.
  await checkHttpFromInternet();
  await expect(answer.getByRole('heading', { name: 'Denied' })).toBeVisible();
  await expect(answer).toContainText('BasicDefaultIngressDeny');

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/instances/${instanceId}/check-traffic`));
});
