import { expect, test, type Page } from '@playwright/test';
import { changeGroups, groupNames, openInstance } from '../support/interface-steps.ts';

const basicInfo = (page: Page) => page.getByRole('region', { name: 'Basic Information' });

test('instance details and each tab have their own URL, and a reload keeps you there', async ({ page }) => {
  const instanceId = await openInstance(page, 'web-01');
  const info = basicInfo(page);
  await expect(info.getByText(instanceId)).toBeVisible();
  await expect(info.getByText('Running')).toBeVisible();
  await expect(info.getByText('Alibaba Cloud Linux 3')).toBeVisible();
  await expect(info.getByText('cn-hangzhou-h')).toBeVisible();
  await expect(info.getByRole('link', { name: /^eni-/ })).toBeVisible();
  expect(await groupNames(page)).toEqual(['prod-web-sg']);

  for (const [tab, slug] of [
    ['Network Interfaces', 'network-interfaces'],
    ['Effective Rules', 'effective-rules'],
    ['Check Traffic', 'check-traffic'],
    ['Security Groups', 'security-groups'],
  ] as const) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/instances/${instanceId}/${slug}$`));
    await page.reload();
    await expect(page.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute('aria-selected', 'true');
  }

  await page.goto(`/cn-hangzhou/instances/${instanceId}/network-interfaces`);
  const interfaces = page.getByRole('table', { name: 'Network interfaces' });
  await expect(interfaces.getByRole('cell', { name: 'Primary', exact: true })).toHaveCount(1);

  // A bare details URL opens the first tab.
  await page.goto(`/cn-hangzhou/instances/${instanceId}`);
  await expect(page).toHaveURL(new RegExp(`/instances/${instanceId}/security-groups$`));
});

test('Stop and Start change the status shown in Basic Information', async ({ page }) => {
  await openInstance(page, 'web-02');
  await basicInfo(page).getByRole('button', { name: 'Stop' }).click();
  await expect(basicInfo(page).getByText('Stopped')).toBeVisible();
  await expect(basicInfo(page).getByRole('button', { name: 'Stop' })).toBeDisabled();
  await basicInfo(page).getByRole('button', { name: 'Start' }).click();
  await expect(basicInfo(page).getByText('Running')).toBeVisible();
});

test('Change Security Groups adds a group and removes another in one step', async ({ page }) => {
  await openInstance(page, 'web-01');
  const dialog = await changeGroups(page, { add: ['prod-db-sg'], remove: ['prod-web-sg'] });
  await expect(dialog).toBeHidden();
  await expect.poll(() => groupNames(page)).toEqual(['prod-db-sg']);
  await page.reload();
  expect(await groupNames(page)).toEqual(['prod-db-sg']);
});

test('mixing basic and advanced groups is refused with the engine code and changes nothing', async ({ page }) => {
  await openInstance(page, 'web-01');
  const dialog = await changeGroups(page, { add: ['prod-mgmt-adv'] });
  await expect(dialog.getByRole('alert')).toContainText(
    'EnterpriseGroupLimited.MutliGroupType: The specified security groups contain both basic and advanced',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  expect(await groupNames(page)).toEqual(['prod-web-sg']);
});

test('removing the last group is refused with its code', async ({ page }) => {
  await openInstance(page, 'web-01');
  const dialog = await changeGroups(page, { remove: ['prod-web-sg'] });
  await expect(dialog.getByRole('alert')).toContainText('InvalidOperation.AtLeastInOneGroup');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await groupNames(page)).toEqual(['prod-web-sg']);
});

test('more than 10 groups is refused with JoinedGroupLimitExceed', async ({ page }) => {
  // prod-vpc has four basic groups (web, db, its default and the ACK one); seven more make eleven. About 15 s
  // alone; the margin is for a loaded machine running the suite in parallel.
  test.setTimeout(60_000);
  const created: string[] = [];
  await page.goto('/cn-hangzhou/security-groups');
  for (let i = 1; i <= 7; i++) {
    // In-app navigation: no reload, so the stored world is not opened again for each group.
    await page
      .getByRole('navigation', { name: 'Console navigation' })
      .getByRole('link', { name: 'Security Groups' })
      .click();
    await page.getByRole('button', { name: 'Create Security Group' }).click();
    const create = page.getByRole('dialog', { name: 'Create Security Group' });
    await create.getByRole('radio', { name: 'Customize' }).check();
    await create.getByLabel('Security Group Name').fill(`e2e-extra-${i}`);
    await create.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('heading', { name: `e2e-extra-${i}` })).toBeVisible();
    created.push(`e2e-extra-${i}`);
  }
  await openInstance(page, 'web-01');
  const dialog = await changeGroups(page, {
    add: ['prod-db-sg', 'default-prod-vpc', 'alicloud-cs-auto-created-security-group-prod', ...created],
  });
  await expect(dialog.getByText('Security groups: 11 / 10')).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('JoinedGroupLimitExceed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  expect(await groupNames(page)).toEqual(['prod-web-sg']);
});

test('Create Instance with a New Security Group: the SSH warning, then the group with its rule', async ({ page }) => {
  await page.goto('/cn-hangzhou/instances');
  await page.getByRole('button', { name: 'Create Instance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Instance' });
  await dialog.getByLabel('Instance Name').fill('e2e-new-sg-01');
  const section = dialog.getByRole('group', { name: 'Network and Security Group' });
  await section.getByText('New Security Group').click();
  await section.getByRole('radio', { name: 'Basic Security Group' }).check();
  await section.getByLabel('Security Group Name').fill('e2e-launch-sg');
  const warning = section.getByText(/If you select remote management ports, such as SSH \(22\) and RDP \(3389\)/);
  await section.getByRole('checkbox', { name: 'HTTP (80)' }).check();
  await expect(warning).toBeHidden();
  await section.getByRole('checkbox', { name: 'SSH (22)' }).check();
  await expect(warning).toBeVisible();
  await expect(
    section.getByText(/You cannot configure fine-grained security group rules during instance creation/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Create Instance' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('table', { name: 'Instances' }).getByRole('row').filter({ hasText: 'e2e-new-sg-01' });
  await row.getByRole('link', { name: /^sg-/ }).click();
  await expect(page.getByRole('heading', { name: 'e2e-launch-sg' })).toBeVisible();
  const rules = page.getByRole('table', { name: 'Inbound rules' }).locator('tbody tr');
  await expect(rules).toHaveCount(2);
  await expect(rules.filter({ hasText: /TCP.*(?<!\d)22\/22/ })).toContainText('0.0.0.0/0');
  await expect(rules.filter({ hasText: /TCP.*(?<!\d)80\/80/ })).toContainText('0.0.0.0/0');
});
