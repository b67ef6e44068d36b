import { expect, test } from '@playwright/test';
import {
  ALIBABA,
  addInboundRules,
  createInstanceWithGroups,
  createVpcAndVSwitch,
  expectInboundVerdict,
  startEmpty,
} from '../support/journey-steps.ts';

test('Alibaba Cloud: from an empty world to a Customize group decided by priority then deny, an instance and its traffic', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await startEmpty(page, ALIBABA);
  await expect(page.getByRole('heading', { name: 'Security Groups', exact: true })).toBeVisible();

  // Without a VPC the dialog shows the way to the VPC page.
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  let dialog = page.getByRole('dialog', { name: 'Create Security Group' });
  await dialog.getByRole('link', { name: 'Go to the VPC console to create one' }).click();
  await expect(page).toHaveURL(/\/alibaba\/cn-hangzhou\/vpcs$/);
  await expect(page.getByRole('heading', { name: 'VPCs', exact: true })).toBeVisible();
  await createVpcAndVSwitch(page, ALIBABA, { vpc: '192.168.0.0/16', vSwitch: '192.168.1.0/24' });

  // With one, the VPC field offers Create VPC (the VPC page) under the picker.
  await page.getByRole('navigation').getByRole('link', { name: ALIBABA.securityGroupsNav, exact: true }).click();
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  dialog = page.getByRole('dialog', { name: 'Create Security Group' });
  await expect(dialog.getByLabel('VPC', { exact: true })).toHaveValue(/journey-vpc/);
  await expect(dialog.getByRole('link', { name: 'Create VPC' })).toHaveAttribute('href', '/alibaba/cn-hangzhou/vpcs');
  await expect(dialog.getByRole('radio', { name: 'Basic Security Group' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Customize' }).check();
  await dialog.getByLabel('Security Group Name').fill('web-ali');
  await dialog.getByLabel('Description', { exact: true }).fill('Web tier');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'web-ali' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Basic Information' })).toContainText('Basic Security Group');

  // 80: the allow at priority 1 beats the deny at 2. 443: at one priority, the deny wins.
  await addInboundRules(
    page,
    ALIBABA,
    [
      { action: 'Deny', priority: '2', port: '80/80', source: '0.0.0.0/0' },
      { action: 'Allow', priority: '1', port: '80/80', source: '0.0.0.0/0' },
      { action: 'Allow', priority: '1', port: '443/443', source: '0.0.0.0/0' },
      { action: 'Deny', priority: '1', port: '443/443', source: '0.0.0.0/0' },
    ],
    page.getByRole('alert').getByRole('link', { name: 'Add Rule' }),
  );
  await expect(page.getByRole('table', { name: 'Inbound rules' }).locator('tbody tr')).toHaveCount(4);

  await createInstanceWithGroups(page, ALIBABA, ['web-ali']);
  await expectInboundVerdict(page, '80', 'Allowed');
  await expectInboundVerdict(page, '443', 'Denied');
  await expectInboundVerdict(page, '22', 'Denied');
});
