import { expect, test, type Page } from '@playwright/test';

/** Opens the demo group prod-web-sg from the list: 5 inbound rules, 1 outbound, no group references. */
async function openWebGroup(page: Page) {
  await page.goto('/');
  await page
    .getByRole('row', { name: /prod-web-sg/ })
    .getByRole('link', { name: /^sg-/ })
    .click();
  await expect(page.getByRole('table', { name: 'Inbound rules' })).toBeVisible();
  await expect(page.getByText('Rules: 6 / 200')).toBeVisible();
}

async function openEditor(page: Page) {
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const inbound = (page: Page) => page.getByRole('table', { name: 'Inbound rules' });

test('the rule table shows the rules by priority with their quotas, and filters them', async ({ page }) => {
  await openWebGroup(page);
  await expect(page.getByText('Security group authorizations: 0 / 20')).toBeVisible();
  const rows = inbound(page).getByRole('row');
  await expect(rows).toHaveCount(6);
  // Priority 1 rules first, the priority 100 ping rule last.
  await expect(rows.nth(5)).toContainText('Ping');
  await page.getByLabel('Filter by port').fill('22');
  await expect(rows).toHaveCount(3); // SSH 22/22 and health checks 1/65535, plus the header
  await page.getByLabel('Filter by port').fill('');
  await page.getByLabel('Search rules').fill('office');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('121.40.18.0/24');
});

test('several rows, one with two port ranges, are added with one Save', async ({ page }) => {
  await openWebGroup(page);
  const dialog = await openEditor(page);
  await dialog.getByLabel('Port Range, row 1').fill('8080/8080,8443/8443');
  await dialog.getByLabel('Source, row 1').fill('10.0.0.0/8');
  await dialog.getByLabel('Description, row 1').fill('App ports from the VPN');
  await dialog.getByRole('button', { name: 'Add Row' }).click();
  await dialog.getByLabel('Protocol, row 2').click();
  await page.getByRole('option', { name: 'Custom UDP' }).click();
  await dialog.getByLabel('Port Range, row 2').fill('53/53');
  await dialog.getByLabel('Source, row 2').fill('192.168.0.0/16');
  await dialog.getByLabel('Action, row 2').click();
  await page.getByRole('option', { name: 'Deny' }).click();

  await dialog.getByRole('button', { name: 'Preview changes' }).click();
  const preview = dialog.getByRole('table', { name: 'Preview changes' });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview).toContainText('8443/8443');
  await expect(preview).toContainText('53/53');

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Rules: 9 / 200')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Inbound (8)' })).toBeVisible();
  await expect(inbound(page).getByRole('row', { name: /8080\/8080/ })).toContainText('10.0.0.0/8');
  await expect(inbound(page).getByRole('row', { name: /8443\/8443/ })).toContainText('App ports from the VPN');
  await expect(inbound(page).getByRole('row', { name: /53\/53/ })).toContainText('Deny');
  await page.reload();
  await expect(page.getByText('Rules: 9 / 200')).toBeVisible();
});

test('?addRule=1 opens the editor', async ({ page }) => {
  await openWebGroup(page);
  await page.goto(`${page.url()}?addRule=1`);
  await expect(page.getByRole('dialog', { name: 'Add Inbound Rule' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page).not.toHaveURL(/addRule/);
});

test('a rule is modified in place; its kind of source cannot change', async ({ page }) => {
  await openWebGroup(page);
  await inbound(page)
    .getByRole('row', { name: /SSH from the office network/ })
    .getByRole('button', { name: /^Modify rule/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Modify Inbound Rule' });
  await expect(dialog.getByLabel('Source')).toHaveValue('121.40.18.0/24');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();

  await expect(dialog.getByLabel('Authorization Type')).toHaveValue('IPv4 CIDR Block');
  await dialog.getByLabel('Authorization Type').click();
  await page.getByRole('option', { name: 'Security Group' }).click();
  await dialog.getByLabel('Source').click();
  await page.getByRole('option', { name: /prod-db-sg/ }).click();
  await expect(dialog.getByLabel('Source')).toHaveValue(/prod-db-sg \(sg-/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/InvalidOperation\.ModifySgRuleEntityType/)).toBeVisible();

  await dialog.getByLabel('Authorization Type').click();
  await page.getByRole('option', { name: 'IPv4 CIDR Block' }).click();
  await dialog.getByLabel('Source').fill('121.40.18.0/24');
  await dialog.getByLabel('Priority').fill('5');
  await dialog.getByLabel('Description').fill('SSH from the office, reviewed');
  await expect(dialog.getByRole('table', { name: 'Preview changes' })).toContainText('SSH from the office, reviewed');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = inbound(page).getByRole('row', { name: /SSH from the office, reviewed/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText('5');
  await expect(page.getByText('Rules: 6 / 200')).toBeVisible();
});

test('two checked rules are deleted together', async ({ page }) => {
  await openWebGroup(page);
  await inbound(page).getByRole('row', { name: /Ping/ }).getByRole('checkbox').check();
  await inbound(page)
    .getByRole('row', { name: /Health checks/ })
    .getByRole('checkbox')
    .check();
  await page.getByRole('button', { name: 'Delete selected rules (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Security Group Rule' });
  const listed = dialog.getByRole('table', { name: 'Rules to delete' });
  await expect(listed.getByRole('row')).toHaveCount(3);
  await expect(listed).toContainText('Ping');
  await expect(listed).toContainText('Health checks');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Rules: 4 / 200')).toBeVisible();
  await expect(inbound(page).getByRole('row', { name: /Ping|Health checks/ })).toHaveCount(0);
});

test('bad input shows the engine code under the field and stores nothing', async ({ page }) => {
  await openWebGroup(page);
  const dialog = await openEditor(page);
  const port = dialog.getByLabel('Port Range, row 1');
  const source = dialog.getByLabel('Source, row 1');
  const priority = dialog.getByLabel('Priority, row 1');
  await port.fill('22/22');
  await source.fill('10.0.0.300/24');
  await source.blur();
  await expect(dialog.getByText(/InvalidSourceCidrIp\.Malformed/)).toBeVisible();

  await source.fill('10.0.0.0/24');
  await port.fill('200/1');
  await port.blur();
  await expect(dialog.getByText(/InvalidParam\.PortRange/)).toBeVisible();

  await port.fill('22/22');
  for (const bad of ['0', '101']) {
    await priority.fill(bad);
    await priority.blur();
    await expect(dialog.getByText(/InvalidPriority\.Malformed/)).toBeVisible();
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/Nothing has been saved/)).toBeVisible();

  // Rows valid one by one that the engine refuses together (the same rule twice): on Save, with its code.
  await priority.fill('1');
  await dialog.getByRole('button', { name: 'Add Row' }).click();
  await dialog.getByLabel('Port Range, row 2').fill('22/22');
  await dialog.getByLabel('Source, row 2').fill('10.0.0.0/24');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('InvalidParam.DuplicatePermissions');
  await expect(dialog).toBeVisible();

  await page.reload();
  await expect(page.getByText('Rules: 6 / 200')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Inbound (5)' })).toBeVisible();
});

test('SSH open to 0.0.0.0/0 is warned about, with the quick choice advice', async ({ page }) => {
  await openWebGroup(page);
  const dialog = await openEditor(page);
  await dialog.getByRole('button', { name: 'SSH (22)' }).click();
  await expect(dialog.getByLabel('Port Range, row 1')).toHaveValue('22/22');
  await expect(dialog.getByText(/Long-term use of 0\.0\.0\.0\/0 is not recommended/)).toBeVisible();
  await dialog.getByLabel('Source, row 1').fill('0.0.0.0/0');
  await expect(dialog.getByRole('status')).toContainText('This rule opens port 22 (SSH) to all addresses');
});

test('a security group is picked as source and counted as a group authorization', async ({ page }) => {
  await openWebGroup(page);
  const dialog = await openEditor(page);
  await dialog.getByLabel('Port Range, row 1').fill('9000/9000');
  await dialog.getByLabel('Authorization Type, row 1').click();
  await page.getByRole('option', { name: 'Security Group' }).click();
  await dialog.getByLabel('Source, row 1').click();
  // Only basic groups of the same VPC are offered: not this group, not the advanced prod-mgmt-adv.
  await expect(page.getByRole('option', { name: /prod-mgmt-adv/ })).toHaveCount(0);
  await expect(page.getByRole('option', { name: /prod-web-sg/ })).toHaveCount(0);
  await page.getByRole('option', { name: /prod-db-sg/ }).click();
  await expect(dialog.getByRole('group', { name: 'Rule, row 1' })).toContainText(/prod-db-sg \(sg-/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(inbound(page).getByRole('row', { name: /9000\/9000/ })).toContainText('prod-db-sg');
  await expect(page.getByText('Security group authorizations: 1 / 20')).toBeVisible();
});

test('outbound rules have their own editor, with the TCP 25 warning', async ({ page }) => {
  await openWebGroup(page);
  await page.getByRole('tab', { name: 'Outbound (1)' }).click();
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Outbound Rule' });
  await dialog.getByLabel('Port Range, row 1').fill('25/25');
  await dialog.getByLabel('Destination, row 1').fill('0.0.0.0/0');
  await expect(dialog.getByRole('status')).toContainText('TCP port 25 is restricted by default');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Outbound rules' }).getByRole('row', { name: /25\/25/ })).toBeVisible();
});

test('a managed group is view-only', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('row', { name: /alicloud-cs-auto-created/ })
    .getByRole('link', { name: /^sg-/ })
    .click();
  await expect(page.getByRole('table', { name: 'Inbound rules' })).toBeVisible();
  await expect(page.getByText(/its rules are view-only/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add Rule' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Modify|Delete) rule/ })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});

test('the rules are in the Access Rule section, Inbound and Outbound tabs inside, actions in the Operation column', async ({
  page,
}) => {
  await openWebGroup(page);
  await expect(page.getByRole('tab', { name: 'Access Rule' })).toHaveAttribute('aria-selected', 'true');
  const section = page.getByRole('tabpanel', { name: 'Access Rule' });
  await expect(section.getByRole('tab', { name: 'Inbound (5)' })).toHaveAttribute('aria-selected', 'true');
  await expect(section.getByRole('tab', { name: 'Outbound (1)' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Health Check' })).toBeVisible();
  await expect(inbound(page).getByRole('columnheader', { name: 'Operation' })).toBeVisible();
  await section.getByRole('tab', { name: 'Outbound (1)' }).click();
  await expect(page).toHaveURL(/\/rules\/egress$/);
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(page).toHaveURL(/\/snapshots$/);
  await expect(page.getByRole('tabpanel', { name: 'Access Rule' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Access Rule' }).click();
  await expect(page).toHaveURL(/\/rules\/ingress$/);
  await expect(inbound(page)).toBeVisible();
});

test('the default rules close each tab with priority 110, read-only', async ({ page }) => {
  await openWebGroup(page);
  // Seed 001: a custom (basic) group denies all inbound and allows all outbound, at priority 110.
  const inboundDefaults = page.getByRole('table', { name: 'Inbound default rules' });
  const inboundDefault = inboundDefaults.locator('tbody tr');
  await expect(inboundDefault).toHaveCount(1);
  await expect(inboundDefault.getByRole('cell').nth(0)).toHaveText('Deny');
  await expect(inboundDefault.getByRole('cell').nth(1)).toHaveText(/^110\s*Default$/);
  await expect(inboundDefault).toContainText('0.0.0.0/0, ::/0');
  await expect(inboundDefaults.getByRole('columnheader', { name: 'Operation' })).toHaveCount(0);
  await expect(inboundDefaults.getByRole('button')).toHaveCount(0);
  await expect(inboundDefaults.getByRole('checkbox')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Outbound (1)' }).click();
  const outboundDefault = page.getByRole('table', { name: 'Outbound default rules' }).locator('tbody tr');
  await expect(outboundDefault.getByRole('cell').nth(0)).toHaveText('Allow');
  await expect(outboundDefault.getByRole('cell').nth(1)).toHaveText(/^110\s*Default$/);

  // An advanced group denies both ways.
  await page.goto('/');
  await page
    .getByRole('row', { name: /prod-mgmt-adv/ })
    .getByRole('link', { name: /^sg-/ })
    .click();
  const advancedIn = page.getByRole('table', { name: 'Inbound default rules' }).locator('tbody tr');
  await expect(advancedIn.getByRole('cell').nth(0)).toHaveText('Deny');
  await expect(advancedIn.getByRole('cell').nth(1)).toHaveText(/^110\s*Default$/);
  await page.getByRole('tab', { name: /^Outbound/ }).click();
  const advancedOut = page.getByRole('table', { name: 'Outbound default rules' }).locator('tbody tr');
  await expect(advancedOut.getByRole('cell').nth(0)).toHaveText('Deny');
  await expect(advancedOut.getByRole('cell').nth(1)).toHaveText(/^110\s*Default$/);
});

test('the Authorization Type decides the object: a block of the other family gets the engine code', async ({
  page,
}) => {
  await openWebGroup(page);
  const dialog = await openEditor(page);
  const type = dialog.getByLabel('Authorization Type, row 1');
  const source = dialog.getByLabel('Source, row 1');
  await expect(type).toHaveValue('IPv4 CIDR Block');
  await dialog.getByLabel('Port Range, row 1').fill('8443/8443');
  await source.fill('::/0');
  await source.blur();
  await expect(source).toHaveAccessibleDescription(/InvalidSourceCidrIp\.Malformed/);

  await type.click();
  await page.getByRole('option', { name: 'IPv6 CIDR Block' }).click();
  await expect(source).toHaveValue('');
  await source.fill('10.0.0.0/8');
  await source.blur();
  await expect(source).toHaveAccessibleDescription(/InvalidParam\.Ipv6SourceCidrIp/);
  await source.fill('2001:db8::/32');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(inbound(page).getByRole('row', { name: /8443\/8443/ })).toContainText('2001:db8::/32');
});
