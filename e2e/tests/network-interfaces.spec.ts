import { expect, test, type Page } from '@playwright/test';
import { changeGroups, groupNames, openInstance } from '../support/interface-steps.ts';

const basicInfo = (page: Page) => page.getByRole('region', { name: 'Basic Information' });
const interfacesTable = (page: Page) => page.getByRole('table', { name: 'Network interfaces' });

test('a secondary ENI: create, attach, change its groups, detach, delete', async ({ page }) => {
  await page.goto('/cn-hangzhou/network-interfaces');
  await page.getByRole('button', { name: 'Create Network Interface' }).click();
  const create = page.getByRole('dialog', { name: 'Create Network Interface' });
  await expect(create.getByLabel('VPC', { exact: true })).toHaveValue(/prod-vpc/);
  await create.getByLabel('vSwitch').click();
  await page.getByRole('option', { name: /prod-web-h/ }).click();
  await create.getByLabel('Network Interface Name').fill('e2e-eni');
  await create.getByLabel('Description').fill('Second leg of web-01');
  await create.getByLabel('Security Groups').click();
  await page.getByRole('option', { name: /prod-web-sg/ }).click();
  // Close the picker's list as a user would, by clicking outside it: it covers the next field.
  await create.getByRole('heading', { name: 'Create Network Interface' }).click();
  await create.getByLabel('Primary Private IP').fill('172.16.1.200');
  await create.getByRole('button', { name: 'OK' }).click();
  await expect(create).toBeHidden();

  await expect(page).toHaveURL(/\/cn-hangzhou\/network-interfaces\/eni-[^/]+\/security-groups$/);
  const eniId = /network-interfaces\/(eni-[^/]+)/.exec(page.url())![1]!;
  const info = basicInfo(page);
  await expect(info.getByText('Secondary ENI')).toBeVisible();
  await expect(info.getByText('Available')).toBeVisible();
  await expect(info.getByText('172.16.1.200')).toBeVisible();
  expect(await groupNames(page)).toEqual(['prod-web-sg']);

  // Attach: only instances of the interface's VPC and zone are offered.
  await info.getByRole('button', { name: 'Attach' }).click();
  const attach = page.getByRole('dialog', { name: 'Attach to Instance' });
  await attach.getByLabel('Instance').click();
  await expect(page.getByRole('option', { name: /db-01/ })).toHaveCount(0);
  await page.getByRole('option', { name: /web-01/ }).click();
  await attach.getByRole('button', { name: 'OK' }).click();
  await expect(attach).toBeHidden();
  await expect(info.getByText('InUse')).toBeVisible();
  await expect(info.getByRole('link', { name: /^i-/ })).toBeVisible();

  const dialog = await changeGroups(page, { add: ['prod-db-sg'], remove: ['prod-web-sg'] });
  await expect(dialog).toBeHidden();
  await expect.poll(() => groupNames(page)).toEqual(['prod-db-sg']);

  // The instance lists it, and its own groups did not change.
  await info.getByRole('link', { name: /^i-/ }).click();
  await page.getByRole('tab', { name: /^Network Interfaces/ }).click();
  await expect(interfacesTable(page).getByRole('row').filter({ hasText: eniId })).toContainText('Secondary');
  await page.getByRole('tab', { name: /^Security Groups/ }).click();
  expect(await groupNames(page)).toEqual(['prod-web-sg']);
  await interfacesTableLink(page, eniId);

  await basicInfo(page).getByRole('button', { name: 'Detach' }).click();
  const detach = page.getByRole('dialog', { name: 'Detach Network Interface' });
  await detach.getByRole('button', { name: 'Detach' }).click();
  await expect(detach).toBeHidden();
  await expect(basicInfo(page).getByText('Available')).toBeVisible();

  await basicInfo(page).getByRole('button', { name: 'Delete' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete Network Interface' });
  await expect(remove).toContainText(eniId);
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/cn-hangzhou\/network-interfaces$/);
  await expect(interfacesTable(page).getByRole('link', { name: /^eni-/ }).first()).toBeVisible();
  await expect(interfacesTable(page).getByRole('link', { name: eniId })).toHaveCount(0);
});

/** Opens the interface from the instance's Network Interfaces tab. */
async function interfacesTableLink(page: Page, eniId: string) {
  await page.getByRole('tab', { name: /^Network Interfaces/ }).click();
  await interfacesTable(page).getByRole('link', { name: eniId }).click();
  await expect(page).toHaveURL(new RegExp(`/network-interfaces/${eniId}/security-groups$`));
}

test('an ENI details page: tabs by URL after a reload; a primary ENI has no Detach or Delete', async ({ page }) => {
  const instanceId = await openInstance(page, 'db-01');
  await basicInfo(page).getByRole('link', { name: /^eni-/ }).click();
  await expect(page).toHaveURL(/\/network-interfaces\/eni-[^/]+\/security-groups$/);
  const info = basicInfo(page);
  await expect(info.getByText('Primary ENI')).toBeVisible();
  await expect(info.getByRole('link', { name: instanceId })).toBeVisible();
  await expect(info.getByText(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/)).toBeVisible();
  await expect(info.getByRole('button', { name: 'Detach' })).toHaveCount(0);
  await expect(info.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  expect(await groupNames(page)).toEqual(['prod-db-sg']);

  for (const [tab, slug] of [
    ['Effective Rules', 'effective-rules'],
    ['Check Traffic', 'check-traffic'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page).toHaveURL(new RegExp(`/network-interfaces/eni-[^/]+/${slug}$`));
    await page.reload();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }
});

test('changing an ENI to basic and advanced groups at once is refused and changes nothing', async ({ page }) => {
  await openInstance(page, 'web-02');
  await basicInfo(page).getByRole('link', { name: /^eni-/ }).click();
  expect(await groupNames(page)).toEqual(['prod-web-sg']);
  const dialog = await changeGroups(page, { add: ['prod-mgmt-adv'] });
  await expect(dialog.getByRole('alert')).toContainText('EnterpriseGroupLimited.MutliGroupType');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  expect(await groupNames(page)).toEqual(['prod-web-sg']);
});
