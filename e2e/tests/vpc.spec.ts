import { expect, test, type Locator, type Page } from '@playwright/test';

/** Picks an option of a Mantine select or multi-select, then closes its list by clicking the dialog's title. */
async function choose(dialog: Locator, field: Locator, option: RegExp) {
  await field.click();
  await dialog.page().getByRole('option', { name: option }).click();
  await dialog.getByRole('heading').first().click();
}

async function createVpc(page: Page, values: { name: string; cidr: string }): Promise<Locator> {
  await page.getByRole('button', { name: 'Create VPC' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create VPC' });
  await dialog.getByLabel('VPC Name').fill(values.name);
  await dialog.getByLabel('IPv4 CIDR Block').fill(values.cidr);
  await dialog.getByLabel('Description').fill('Made by the e2e test');
  await dialog.getByRole('button', { name: 'OK' }).click();
  return dialog;
}

async function createVSwitch(page: Page, values: { name: string; cidr: string }): Promise<Locator> {
  await page.getByRole('button', { name: 'Create vSwitch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create vSwitch' });
  await dialog.getByLabel('vSwitch Name').fill(values.name);
  await choose(dialog, dialog.getByRole('combobox', { name: 'Zone' }), /cn-hangzhou-i/);
  await dialog.getByLabel('IPv4 CIDR Block').fill(values.cidr);
  await dialog.getByRole('button', { name: 'OK' }).click();
  return dialog;
}

const vpcsTable = (page: Page) => page.getByRole('table', { name: 'VPCs' });
const vSwitchesTable = (page: Page) => page.getByRole('table', { name: 'vSwitches' });

test('from an empty world: a VPC, a vSwitch, a group with a rule, an instance, and its traffic', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?world=empty');

  // Create Security Group has nothing to offer yet: it says so and leads to the VPC console.
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  const noVpc = page.getByRole('dialog', { name: 'Create Security Group' });
  await expect(noVpc.getByText('No VPC in this region')).toBeVisible();
  await noVpc.getByRole('link', { name: 'Go to the VPC console to create one' }).click();
  await expect(page).toHaveURL(/\/cn-hangzhou\/vpcs$/);
  await expect(page.getByRole('heading', { name: 'VPCs' })).toBeVisible();
  await expect(vpcsTable(page)).toContainText('No VPCs in this region yet.');

  // A public block is refused with the engine's code next to the field, and nothing is stored.
  let dialog = await createVpc(page, { name: 'e2e-vpc', cidr: '8.8.0.0/16' });
  const cidr = dialog.getByLabel('IPv4 CIDR Block');
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  await expect(cidr).toHaveAccessibleDescription(/InvalidParameter: Specified CIDR block is not valid/);
  await cidr.fill('192.168.0.0/30');
  await cidr.blur();
  await expect(cidr).toHaveAccessibleDescription(/IllegalParam\.CidrBlockMask/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(vpcsTable(page)).toContainText('No VPCs in this region yet.');

  // The VPC opens on its page.
  dialog = await createVpc(page, { name: 'e2e-vpc', cidr: '192.168.0.0/16' });
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/cn-hangzhou\/vpcs\/vpc-[^/]+$/);
  const vpcUrl = page.url();
  await expect(page.getByRole('heading', { name: 'e2e-vpc' })).toBeVisible();
  const info = page.getByRole('region', { name: 'Basic Information' });
  await expect(info).toContainText('192.168.0.0/16');
  await expect(vSwitchesTable(page)).toContainText('No vSwitches yet.');

  // Create Instance needs a vSwitch: the VPC has none, and the dialog leads to its page.
  await page.getByRole('link', { name: 'Instances' }).click();
  await page.getByRole('button', { name: 'Create Instance' }).click();
  dialog = page.getByRole('dialog', { name: 'Create Instance' });
  await expect(dialog.getByLabel('VPC', { exact: true })).toHaveValue(/e2e-vpc/);
  await expect(dialog.getByText('This VPC has no vSwitch yet.')).toBeVisible();
  await dialog.getByRole('link', { name: 'Create vSwitch' }).click();
  await expect(page).toHaveURL(vpcUrl);

  // A vSwitch; then one that overlaps it is refused by the engine, next to the field.
  dialog = await createVSwitch(page, { name: 'e2e-vsw-a', cidr: '192.168.1.0/24' });
  await expect(dialog).toBeHidden();
  const row = vSwitchesTable(page).getByRole('row').filter({ hasText: 'e2e-vsw-a' });
  await expect(row).toContainText('cn-hangzhou-i');
  await expect(row).toContainText('192.168.1.0/24');
  await expect(row).toContainText('252');
  dialog = await createVSwitch(page, { name: 'e2e-vsw-b', cidr: '192.168.1.128/25' });
  await expect(dialog.getByLabel('IPv4 CIDR Block')).toHaveAccessibleDescription(
    /InvalidCidrBlock\.Overlapped: Specified CIDR block overlapped with other subnets/,
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(vSwitchesTable(page).locator('tbody tr')).toHaveCount(1);

  // A security group in that VPC, with an inbound rule for TCP 8080.
  await page.getByRole('link', { name: 'Security Groups' }).click();
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  dialog = page.getByRole('dialog', { name: 'Create Security Group' });
  await expect(dialog.getByLabel('VPC', { exact: true })).toHaveValue(/e2e-vpc/);
  await expect(dialog.getByRole('link', { name: 'Create VPC' })).toHaveAttribute('href', '/alibaba/cn-hangzhou/vpcs');
  await dialog.getByRole('radio', { name: 'Customize' }).check();
  await dialog.getByLabel('Security Group Name').fill('e2e-app-sg');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'e2e-app-sg' })).toBeVisible();
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Port Range, row 1').fill('8080/8080');
  await editor.getByLabel('Source, row 1').fill('0.0.0.0/0');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('table', { name: 'Inbound rules' })).toContainText('8080/8080');

  // An instance in the vSwitch with that group.
  await page.getByRole('link', { name: 'Instances' }).click();
  await page.getByRole('button', { name: 'Create Instance' }).click();
  dialog = page.getByRole('dialog', { name: 'Create Instance' });
  await expect(dialog.getByLabel('vSwitch', { exact: true })).toHaveValue(/e2e-vsw-a/);
  await dialog.getByLabel('Instance Name').fill('e2e-app-01');
  await choose(dialog, dialog.getByLabel('Security Groups', { exact: true }), /e2e-app-sg/);
  await dialog.getByRole('button', { name: 'Create Instance' }).click();
  await expect(dialog).toBeHidden();

  // Check Traffic: TCP 8080 from anywhere is allowed by the rule, TCP 3306 is denied.
  const instanceRow = page.getByRole('table', { name: 'Instances' }).getByRole('row').filter({ hasText: 'e2e-app-01' });
  await expect(instanceRow).toContainText('192.168.1.');
  await instanceRow.getByRole('link', { name: /^i-/ }).click();
  await page.getByRole('tab', { name: 'Check Traffic' }).click();
  await page.getByLabel('Direction').selectOption({ label: 'Inbound' });
  await page.getByLabel('Port').fill('8080');
  await page.getByLabel('Source', { exact: true }).selectOption({ label: 'IP address' });
  await page.getByLabel('IP address').fill('203.0.113.9');
  const answer = page.getByRole('region', { name: 'Check traffic answer' });
  await expect(answer.getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(answer).toContainText('e2e-app-sg');
  await page.getByLabel('Port').fill('3306');
  await expect(answer.getByRole('heading', { name: 'Denied' })).toBeVisible();
});
