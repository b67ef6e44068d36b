import { expect, test, type Locator, type Page } from '@playwright/test';

async function openCreateDialog(page: Page): Promise<Locator> {
  await page.goto('/cn-hangzhou/security-groups');
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Security Group' });
  await expect(dialog.getByLabel('Security Group Name')).toBeVisible();
  return dialog;
}

/** The inbound rules on the group's page, each as "protocol port" text. */
async function expectInbound(page: Page, expected: RegExp[]) {
  const rows = page.getByRole('table', { name: 'Inbound rules' }).locator('tbody tr');
  await expect(rows).toHaveCount(expected.length);
  for (const pattern of expected) await expect(rows.filter({ hasText: pattern })).toHaveCount(1);
}

const HTTP = /TCP.*(?<!\d)80\/80/;
const HTTPS = /TCP.*443\/443/;
const ICMP = /ICMP/;

const templates = [
  { name: 'Web Server Linux', ports: [HTTP, HTTPS, /TCP.*(?<!\d)22\/22/, ICMP] },
  { name: 'Web Server Windows', ports: [HTTP, HTTPS, /TCP.*3389\/3389/, ICMP] },
];

for (const template of templates) {
  test(`the ${template.name} template creates the group with exactly its documented rules`, async ({ page }) => {
    const dialog = await openCreateDialog(page);
    await dialog.getByRole('radio', { name: template.name }).check();
    const preview = dialog.getByRole('table', { name: 'Rules to be added' });
    await expect(preview.locator('tbody tr')).toHaveCount(4);
    const name = `e2e-${template.name.split(' ').pop()!.toLowerCase()}`;
    await dialog.getByLabel('Security Group Name').fill(name);
    await dialog.getByLabel('Description').fill('Made by the e2e test');
    await dialog.getByRole('button', { name: 'OK' }).click();

    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/cn-hangzhou\/security-groups\/sg-[^/?]+$/);
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expectInbound(page, template.ports);
    await expect(page.getByText('The security group has no rules yet.')).toBeHidden();
  });
}

test('the Customize template adds no rules and offers to add rules next', async ({ page }) => {
  const dialog = await openCreateDialog(page);
  await dialog.getByRole('radio', { name: 'Customize' }).check();
  await expect(dialog.getByText('No rules: add rules after the group is created.')).toBeVisible();
  await dialog.getByLabel('Security Group Name').fill('e2e-custom');
  await dialog.getByRole('button', { name: 'OK' }).click();

  await expect(page).toHaveURL(/\/security-groups\/(sg-[^/?]+)\?created=customize$/);
  const groupId = /\/security-groups\/(sg-[^/?]+)/.exec(page.url())![1]!;
  await expect(page.getByText('No inbound rules.')).toBeVisible();
  const next = page.getByRole('alert').filter({ hasText: 'The security group has no rules yet.' });
  await expect(next).toBeVisible();
  const addRule = next.getByRole('link', { name: 'Add Rule' });
  await expect(addRule).toHaveAttribute(
    'href',
    `/alibaba/cn-hangzhou/security-groups/${groupId}/rules/ingress?addRule=1`,
  );
  await addRule.click();
  await expect(page).toHaveURL(new RegExp(`/security-groups/${groupId}/rules/ingress\\?addRule=1$`));
});

test('a malformed name is reported next to the field and nothing is created', async ({ page }) => {
  const dialog = await openCreateDialog(page);
  const name = dialog.getByLabel('Security Group Name');
  await name.fill('1abc');
  await name.blur();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/InvalidSecurityGroupName\.Malformed/);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/InvalidSecurityGroupName\.Malformed: The specified parameter/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.reload();
  const table = page.getByRole('table', { name: 'Security groups' });
  await expect(table.getByRole('link', { name: /^sg-/ }).first()).toBeVisible();
  await expect(table.getByText('1abc', { exact: true })).toHaveCount(0);
  await page.getByLabel('Search').fill('1abc');
  await expect(page.getByText('No security group matches "1abc".')).toBeVisible();
});

test('a duplicate tag key is reported as Duplicate.TagKey', async ({ page }) => {
  const dialog = await openCreateDialog(page);
  await dialog.getByLabel('Security Group Name').fill('e2e-tags');
  await dialog.getByRole('button', { name: 'Add Tag' }).click();
  await dialog.getByRole('button', { name: 'Add Tag' }).click();
  await dialog.getByLabel('Tag 1 key').fill('env');
  await dialog.getByLabel('Tag 1 value').fill('prod');
  await dialog.getByLabel('Tag 2 key').fill('env');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByText(/Duplicate\.TagKey: The Tag\.N\.Key contains duplicate key: env/)).toBeVisible();

  await dialog.getByRole('button', { name: 'Remove tag 2' }).click();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Basic Information' }).getByText('env:prod')).toBeVisible();
});

test('an Advanced Security Group is created in the chosen VPC', async ({ page }) => {
  const dialog = await openCreateDialog(page);
  await dialog.getByRole('radio', { name: 'Advanced Security Group' }).check();
  // An advanced group denies all outbound by default: the console adds an allow-all outbound rule.
  await expect(dialog.getByRole('table', { name: 'Rules to be added' })).toContainText('Outbound');
  await dialog.getByLabel('Security Group Name').fill('e2e-advanced');
  await expect(dialog.getByLabel('VPC', { exact: true })).toHaveValue(/prod-vpc/);
  await dialog.getByRole('button', { name: 'OK' }).click();

  await expect(dialog).toBeHidden();
  const info = page.getByRole('region', { name: 'Basic Information' });
  await expect(info.getByText('Advanced Security Group')).toBeVisible();
  await expect(info.getByText('e2e-advanced')).toBeVisible();
  await expectInbound(page, [HTTP, HTTPS, /TCP.*(?<!\d)22\/22/, ICMP]);
  await page.getByRole('tab', { name: /Outbound/ }).click();
  const outbound = page.getByRole('table', { name: 'Outbound rules' }).locator('tbody tr');
  await expect(outbound).toHaveCount(1);
  await expect(outbound).toContainText('0.0.0.0/0');
});
