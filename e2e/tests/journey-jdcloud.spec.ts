import { expect, test, type Page } from '@playwright/test';
import {
  JDCLOUD,
  addInboundRules,
  createInstanceWithGroups,
  createVpcAndVSwitch,
  expectInboundVerdict,
  openNav,
  startEmpty,
} from '../support/journey-steps.ts';
import { fillVpcWithGroups } from '../support/engine-in-page.ts';

const QUOTA_MESSAGE = 'The number of security groups under selected virtual private cloud resource has reached 50';

async function openCreateDialog(page: Page) {
  await openNav(page, JDCLOUD.securityGroupsNav);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Security Group' });
  await expect(dialog.getByLabel('Name')).toBeVisible();
  return dialog;
}

/** Create, then the group page's "Add New Rule" with one inbound rule from anywhere. */
async function createGroupWithRule(page: Page, name: string, description: string, port: string) {
  const dialog = await openCreateDialog(page);
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Description').fill(description);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await addInboundRules(
    page,
    JDCLOUD,
    [{ port, source: '0.0.0.0/0' }],
    page.getByRole('alert').getByRole('link', { name: 'Add New Rule' }),
  );
  await expect(page.getByRole('table', { name: 'Inbound rules' })).toContainText(port);
}

test('JD Cloud: from an empty world to two groups whose allows add up, an instance and its traffic', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await startEmpty(page, JDCLOUD);
  await expect(page.getByRole('heading', { name: 'Security Group', exact: true })).toBeVisible();
  await createVpcAndVSwitch(page, JDCLOUD, { vpc: '10.0.0.0/16', vSwitch: '10.0.1.0/24' });

  // Seed 003: the region and the virtual private cloud first, then name and description; no templates.
  const dialog = await openCreateDialog(page);
  await expect(dialog.getByLabel('Region')).toHaveValue('North China-Beijing (cn-north-1)');
  await expect(dialog.getByLabel('Virtual Private Cloud')).toHaveValue(/journey-vpc/);
  await expect(dialog.getByRole('link', { name: 'Create Virtual Private Cloud' })).toHaveAttribute(
    'href',
    '/jdcloud/cn-north-1/vpcs',
  );
  await expect(dialog.getByText(/rejects all inbound and outbound traffic by default/)).toBeVisible();
  await expect(dialog.getByRole('radio')).toHaveCount(0);

  // A name over 32 characters is refused with the engine's code, and nothing is stored.
  const name = dialog.getByLabel('Name');
  await name.fill('n'.repeat(33));
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(name).toHaveAccessibleDescription(/INVALID_ARGUMENT/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Security groups' })).toContainText('No security groups');

  // Two groups that only allow: an interface with both gets the union of their rules, and nothing else.
  await createGroupWithRule(page, 'web-jd', 'Allow port 20-22 in inlet direction', '20-22');
  await expect(page.getByRole('region', { name: 'Basic Information' }).getByText('Security Group Type')).toHaveCount(0);
  await createGroupWithRule(page, 'http-jd', 'Allow port 80 in inlet direction', '80');

  await createInstanceWithGroups(page, JDCLOUD, ['web-jd', 'http-jd']);
  await expectInboundVerdict(page, '22', 'Allowed');
  await expectInboundVerdict(page, '80', 'Allowed');
  await expectInboundVerdict(page, '443', 'Denied');
});

test('JD Cloud: the 51st security group of a VPC is refused next to the VPC, and nothing is stored', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/jdcloud/cn-north-1/security-groups');
  const groups = page.getByRole('table', { name: 'Security groups' });
  await expect(groups.getByRole('link', { name: /^sg-/ }).first()).toBeVisible();
  // The demo's prod-vpc is filled up to 49 through the engine; the 50th goes through the dialog.
  expect(await fillVpcWithGroups(page, 'cn-north-1', 'prod-vpc', 49)).toBeGreaterThan(40);
  const count = page.getByText(/^\d+ security groups$/);
  await expect(count).toHaveText('49 security groups');

  let dialog = await openCreateDialog(page);
  await expect(dialog.getByLabel('Virtual Private Cloud')).toHaveValue(/prod-vpc/);
  await dialog.getByLabel('Name').fill('group-50');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name: 'group-50' })).toBeVisible();

  dialog = await openCreateDialog(page);
  await dialog.getByLabel('Name').fill('group-51');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByLabel('Virtual Private Cloud')).toHaveAccessibleDescription(
    new RegExp(`QUOTA_EXCEEDED: ${QUOTA_MESSAGE}`),
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(count).toHaveText('50 security groups');
  await page.getByLabel('Search').fill('group-51');
  await expect(page.getByText('No security group matches "group-51".')).toBeVisible();
});
