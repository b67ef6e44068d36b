import { expect, test, type Locator, type Page } from '@playwright/test';

// Whole journeys through a dialog and back (export and import twice; a group created and read back): on a loaded
// 2-core machine they came near the default 30 s, a hang detector, not a speed check.
test.describe.configure({ timeout: 60_000 });

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
    // Exact: each rule row has its own "Description, row N".
    await dialog.getByLabel('Description', { exact: true }).fill('Made by the e2e test');
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
  await expect(dialog.getByText('No rules: add rules here, or after the group is created.')).toBeVisible();
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

const rule = (dialog: Locator, n: number) => dialog.getByRole('group', { name: `Rule, row ${n}` });

test("the template's rules are edited before OK and written with the group in one go", async ({ page }) => {
  const dialog = await openCreateDialog(page);
  await expect(dialog.getByRole('group', { name: /^Rule, row/ })).toHaveCount(4);
  // Rule 3 is the template's SSH: only from the office network, at priority 5.
  await expect(dialog.getByLabel('Port Range, row 3')).toHaveValue('22/22');
  await dialog.getByLabel('Source, row 3').fill('121.40.18.0/24');
  await dialog.getByLabel('Priority, row 3').fill('5');
  // Rule 4 (ICMP) goes.
  await dialog.getByRole('button', { name: 'Remove row 4' }).click();
  // One more: deny UDP 53 from 192.168.0.0/16.
  await dialog.getByRole('button', { name: 'Add Rule' }).click();
  await dialog.getByLabel('Protocol, row 4').click();
  await page.getByRole('option', { name: 'Custom UDP' }).click();
  await dialog.getByLabel('Port Range, row 4').fill('53/53');
  await dialog.getByLabel('Source, row 4').fill('192.168.0.0/16');
  await dialog.getByLabel('Action, row 4').click();
  await page.getByRole('option', { name: 'Deny' }).click();
  await expect(dialog.getByRole('table', { name: 'Rules to be added' }).locator('tbody tr')).toHaveCount(4);
  await dialog.getByLabel('Security Group Name').fill('e2e-edited');
  await dialog.getByRole('button', { name: 'OK' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'e2e-edited' })).toBeVisible();
  const ssh = /TCP.*(?<!\d)22\/22.*121\.40\.18\.0\/24/;
  await expectInbound(page, [HTTP, HTTPS, ssh, /UDP.*53\/53.*192\.168\.0\.0\/16/]);
  const rows = page.getByRole('table', { name: 'Inbound rules' }).locator('tbody tr');
  await expect(rows.filter({ hasText: ssh }).getByRole('cell').nth(2)).toHaveText('5');
  await expect(rows.filter({ hasText: '53/53' }).getByRole('cell').nth(1)).toHaveText('Deny');
});

test('the dialog warns when the template or an edited rule opens SSH or RDP to 0.0.0.0/0', async ({ page }) => {
  const dialog = await openCreateDialog(page);
  // Web Server Linux opens SSH to all addresses.
  await expect(rule(dialog, 3).getByRole('status')).toContainText('This rule opens port 22 (SSH) to all addresses');
  await dialog.getByLabel('Source, row 3').fill('121.40.18.0/24');
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Web Server Windows' }).check();
  await expect(rule(dialog, 3).getByRole('status')).toContainText('This rule opens port 3389 (RDP) to all addresses');

  await dialog.getByRole('radio', { name: 'Customize' }).check();
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add Rule' }).click();
  await dialog.getByLabel('Port Range, row 1').fill('22/22');
  await dialog.getByLabel('Source, row 1').fill('0.0.0.0/0');
  await expect(rule(dialog, 1).getByRole('status')).toContainText('This rule opens port 22 (SSH) to all addresses');
});

test('a bad rule shows the engine code next to its field, and OK stores nothing', async ({ page }) => {
  const dialog = await openCreateDialog(page);
  await dialog.getByLabel('Security Group Name').fill('e2e-bad-rules');
  const source = dialog.getByLabel('Source, row 1');
  // An IPv6 block under the IPv4 CIDR Block type.
  await source.fill('::/0');
  await source.blur();
  await expect(source).toHaveAccessibleDescription(/InvalidSourceCidrIp\.Malformed/);
  await dialog.getByLabel('Port Range, row 2').fill('443');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByLabel('Port Range, row 2')).toHaveAccessibleDescription(/InvalidParam\.PortRange/);
  await expect(dialog.getByText(/Nothing has been created/)).toBeVisible();

  // A rule only the world refuses: an advanced group cannot name a security group (the engine says so on OK).
  await dialog.getByLabel('Port Range, row 2').fill('443/443');
  await dialog.getByLabel('Authorization Type, row 1').click();
  await page.getByRole('option', { name: 'Security Group' }).click();
  await source.click();
  await page.getByRole('option', { name: /prod-db-sg/ }).click();
  await dialog.getByRole('radio', { name: 'Advanced Security Group' }).check();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(rule(dialog, 1)).toContainText('InvalidGroupParameter.OperationDenied');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.reload();
  await page.getByLabel('Search').fill('e2e-bad-rules');
  await expect(page.getByText('No security group matches "e2e-bad-rules".')).toBeVisible();
});
