import { expect, test, type Locator, type Page } from '@playwright/test';

const REMOTE_PORTS_WARNING =
  'If you select remote management ports, such as SSH (22) and RDP (3389), during quick configuration, we recommend that you modify the security group rules after you create the instance to allow access only from trusted IP addresses.';

async function openCreateDialog(page: Page): Promise<Locator> {
  await page.goto('/cn-hangzhou/instances');
  await page.getByRole('button', { name: 'Create Instance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Instance' });
  await expect(dialog.getByLabel('Instance Name')).toBeVisible();
  return dialog;
}

async function choose(dialog: Locator, label: string, option: RegExp | string) {
  await dialog.getByLabel(label, { exact: true }).click();
  const choice = dialog.page().getByRole('option', { name: option });
  await choice.click();
  // A multi-select keeps its list open: close it, so the next choice opens it afresh instead of toggling it shut.
  if ((await dialog.getByLabel(label, { exact: true }).getAttribute('aria-haspopup')) !== null) {
    await dialog.getByRole('heading').first().click();
    await expect(choice).toBeHidden();
  }
}

function instanceRow(page: Page, name: string): Locator {
  return page.getByRole('table', { name: 'Instances' }).getByRole('row').filter({ hasText: name });
}

test('an instance with no security group joins the VPC default group (ICMP, 22, 3389 at priority 100)', async ({
  page,
}) => {
  const dialog = await openCreateDialog(page);
  await expect(dialog.getByLabel('VPC', { exact: true })).toHaveValue(/prod-vpc/);
  await choose(dialog, 'Image', 'Ubuntu 22.04');
  await dialog.getByLabel('Instance Name').fill('e2e-default-01');
  const section = dialog.getByRole('group', { name: 'Network and Security Group' });
  await expect(section.getByText(/joins the VPC's default security group/)).toBeVisible();
  await expect(section.getByText(REMOTE_PORTS_WARNING)).toBeVisible();
  await expect(
    section.getByRole('checkbox', { name: 'Also open HTTP 80 and HTTPS 443 in the default security group' }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Create Instance' }).click();
  await expect(dialog).toBeHidden();

  const row = instanceRow(page, 'e2e-default-01');
  await expect(row).toContainText('Ubuntu 22.04');
  const groupLink = row.getByRole('link', { name: /^sg-/ });
  await expect(groupLink).toHaveCount(1);
  const groupId = (await groupLink.textContent())!;

  await page.getByRole('link', { name: 'Security Groups' }).click();
  const listRow = page.getByRole('table', { name: 'Security groups' }).getByRole('row').filter({ hasText: groupId });
  await expect(listRow).toContainText('default-prod-vpc');
  await expect(listRow).toContainText('Default');
  await listRow.getByRole('link', { name: groupId }).click();

  const rules = page.getByRole('table', { name: 'Inbound rules' }).locator('tbody tr');
  await expect(rules).toHaveCount(3);
  for (const port of [/ICMP/, /TCP.*22\/22/, /TCP.*3389\/3389/]) {
    const rule = rules.filter({ hasText: port });
    await expect(rule).toHaveCount(1);
    await expect(rule).toContainText('0.0.0.0/0');
    await expect(rule.getByRole('cell', { name: '100', exact: true })).toBeVisible();
  }
});

test('an instance joins the chosen security group, and the remote-port warning is for the default group', async ({
  page,
}) => {
  const dialog = await openCreateDialog(page);
  await dialog.getByLabel('Instance Name').fill('e2e-web-03');
  await choose(dialog, 'Security Groups', /prod-web-sg/);
  await dialog.getByRole('heading', { name: 'Create Instance' }).click();
  await expect(dialog.getByText(REMOTE_PORTS_WARNING)).toBeHidden();
  await dialog.getByRole('button', { name: 'Create Instance' }).click();
  await expect(dialog).toBeHidden();

  const link = instanceRow(page, 'e2e-web-03').getByRole('link', { name: /^sg-/ });
  await link.click();
  await expect(page.getByRole('heading', { name: 'prod-web-sg' })).toBeVisible();
});

test('engine errors are shown with their code next to the field', async ({ page }) => {
  const dialog = await openCreateDialog(page);
  await dialog.getByLabel('Instance Name').fill('1bad');
  await dialog.getByRole('button', { name: 'Create Instance' }).click();
  await expect(dialog.getByLabel('Instance Name')).toHaveAccessibleDescription(/InvalidInstanceName\.Malformed/);

  await dialog.getByLabel('Instance Name').fill('e2e-mixed');
  await choose(dialog, 'Security Groups', /prod-web-sg/);
  await choose(dialog, 'Security Groups', /prod-mgmt-adv/);
  await dialog.getByRole('heading', { name: 'Create Instance' }).click();
  await dialog.getByRole('button', { name: 'Create Instance' }).click();
  await expect(dialog.getByText(/InvalidOperation\.MultiGroupType: The specified instance/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(instanceRow(page, 'e2e-mixed')).toHaveCount(0);
});
