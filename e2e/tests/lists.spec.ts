import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Prefix lists and port lists (SEED004): created on their pages, used by prod-web-sg's rules, held by those rules
 * against deletion, counted as their MaxEntries against the rule quota, and expanded live by Check traffic.
 */

const inbound = (page: Page) => page.getByRole('table', { name: 'Inbound rules' });
const answer = (page: Page): Locator => page.getByRole('region', { name: 'Check traffic answer' });

async function openWebGroup(page: Page) {
  await page.goto('/');
  await page
    .getByRole('row', { name: /prod-web-sg/ })
    .getByRole('link', { name: /^sg-/ })
    .click();
  await expect(inbound(page)).toBeVisible();
}

/** web-01's Check Traffic tab with an inbound TCP flow from `ip` on `port`; returns the tab's URL (it holds the flow). */
async function checkWeb01(page: Page, port: string, ip: string): Promise<string> {
  await page.goto('/cn-hangzhou/instances');
  await page
    .getByRole('table', { name: 'Instances' })
    .getByRole('row')
    .filter({ hasText: 'web-01' })
    .getByRole('link', { name: /^i-/ })
    .click();
  await page.getByRole('tab', { name: 'Check Traffic' }).click();
  await expect(page).toHaveURL(/\/cn-hangzhou\/instances\/i-[^/]+\/check-traffic/);
  await page.getByLabel('Port').fill(port);
  await page.getByLabel('IP address').fill(ip);
  // The flow reaches the address a moment after the typing: wait for it, so the URL returned holds the flow.
  await expect(page).toHaveURL(new RegExp(`=${port}(&|$)`));
  await expect(page).toHaveURL(new RegExp(ip.replaceAll('.', '\\.')));
  return page.url();
}

async function addInboundRule(page: Page, fill: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await fill(dialog);
  await expect(dialog).toContainText('the rule count is based on the maximum number of entries specified for the list');
  return dialog;
}

test('a prefix list: created with checked entries, the source of an SSH rule, held by it, expanded live', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openWebGroup(page);
  await expect(page.getByText('Rules: 6 / 200')).toBeVisible();
  // The rule will count as the list's MaxEntries: 6 + 194 fills the group's 200.
  const maxEntries = String(200 - 6);

  await page.getByRole('link', { name: 'Prefix Lists' }).click();
  await page.getByRole('button', { name: 'Create Prefix List' }).click();
  const create = page.getByRole('dialog', { name: 'Create Prefix List' });
  await create.getByRole('textbox', { name: 'Name', exact: true }).fill('office-ips');
  await create.getByLabel('Max Entries').fill(maxEntries);
  await create.getByLabel('CIDR, entry 1').fill('10.0.0.1/8');
  await create.getByLabel('Description, entry 1').fill('VPN pool');
  await expect(create.getByRole('group', { name: 'Entry 1' })).toContainText('InvalidParameter.CidrMalformed');
  await create.getByLabel('CIDR, entry 1').fill('10.0.0.0/8');
  await expect(create.getByRole('group', { name: 'Entry 1' })).not.toContainText('InvalidParameter');
  await create.getByRole('button', { name: 'Add Entry' }).click();
  await create.getByLabel('CIDR, entry 2').fill('198.51.100.0/24');
  await create.getByLabel('Description, entry 2').fill('Branch office');
  // A repeat is the engine's to find: its code stands next to the second of the pair.
  await create.getByRole('button', { name: 'Add Entry' }).click();
  await create.getByLabel('CIDR, entry 3').fill('10.0.0.0/8');
  await create.getByRole('button', { name: 'OK' }).click();
  await expect(create.getByRole('group', { name: 'Entry 3' })).toContainText('InvalidParameter.CidrDuplicated');
  await create.getByRole('button', { name: 'Remove entry 3' }).click();
  await create.getByRole('button', { name: 'OK' }).click();
  await expect(create).toBeHidden();
  const listRow = page.getByRole('table', { name: 'Prefix Lists' }).getByRole('row', { name: /office-ips/ });
  await expect(listRow).toContainText('IPv4');
  await expect(listRow).toContainText(maxEntries);

  await openWebGroup(page);
  const editor = await addInboundRule(page, async (dialog) => {
    await dialog.getByLabel('Port Range, row 1').fill('22/22');
    await dialog.getByLabel('Authorization Type, row 1').click();
    await page.getByRole('option', { name: 'Prefix List' }).click();
    await dialog.getByLabel('Source, row 1').click();
    await page.getByRole('option', { name: /office-ips/ }).click();
    await expect(dialog.getByRole('group', { name: 'Rule, row 1' })).toContainText(/office-ips \(pl-/);
    await dialog.getByLabel('Description, row 1').fill('SSH from office-ips');
  });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const sshRow = inbound(page).getByRole('row', { name: /SSH from office-ips/ });
  await expect(sshRow.getByRole('link', { name: 'office-ips' })).toBeVisible();
  // The rule counts as the list's MaxEntries: the counter shows the engine's quota count.
  await expect(page.getByText('Rules: 200 / 200')).toBeVisible();

  // One more plain rule would make it 201.
  const more = await page
    .getByRole('button', { name: 'Add Rule' })
    .click()
    .then(() => page.getByRole('dialog', { name: 'Add Inbound Rule' }));
  await more.getByLabel('Port Range, row 1').fill('443/443');
  await more.getByLabel('Source, row 1').fill('192.0.2.0/24');
  await more.getByRole('button', { name: 'Save' }).click();
  await expect(more).toContainText('AuthorizationLimitExceed');
  await expect(more).toContainText('the rules would count 201');
  await more.getByRole('button', { name: 'Cancel' }).click();

  await sshRow.getByRole('link', { name: 'office-ips' }).click();
  await expect(page.getByRole('heading', { name: 'office-ips' })).toBeVisible();
  const associated = page.getByRole('table', { name: 'Associated Security Group Rules' });
  await expect(associated.getByRole('row', { name: /SSH from office-ips/ })).toContainText('prod-web-sg');
  await page.getByRole('region', { name: 'Basic Information' }).getByRole('button', { name: 'Delete' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete Prefix List' });
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toContainText('DependencyViolation.PrefixList');
  await expect(remove.getByRole('link', { name: 'prod-web-sg' })).toBeVisible();
  await remove.getByRole('button', { name: 'Cancel' }).click();
  const listUrl = page.url();

  // Check traffic expands the list as it is now.
  const checkUrl = await checkWeb01(page, '22', '198.51.100.7');
  await expect(answer(page).getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(answer(page)).toContainText('Decided by the rule SSH from office-ips of prod-web-sg');

  await page.goto(listUrl);
  const entries = page.getByRole('table', { name: 'Prefix List entries' });
  await expect(entries.getByRole('columnheader', { name: 'Operation' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove 198.51.100.0/24' }).click();
  await page.getByRole('dialog', { name: 'Remove Entry' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('table', { name: 'Prefix List entries' })).not.toContainText('198.51.100.0/24');

  await page.goto(checkUrl);
  await expect(answer(page).getByRole('heading', { name: 'Denied' })).toBeVisible();
  await expect(answer(page)).toContainText('Decided by the default BasicDefaultIngressDeny');
});

test('a port list: the ports of a rule, held by it until the rule is deleted', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/cn-hangzhou/port-lists');
  await page.getByRole('button', { name: 'Create Port List' }).click();
  const create = page.getByRole('dialog', { name: 'Create Port List' });
  await create.getByRole('textbox', { name: 'Name', exact: true }).fill('app-ports');
  await create.getByLabel('Max Entries').fill('5');
  await create.getByLabel('Port Range, entry 1').fill('8000/8100');
  await create.getByLabel('Description, entry 1').fill('App servers');
  await create.getByRole('button', { name: 'OK' }).click();
  await expect(create).toBeHidden();
  const listRow = page.getByRole('table', { name: 'Port Lists' }).getByRole('row', { name: /app-ports/ });
  await expect(listRow).toBeVisible();

  await openWebGroup(page);
  const editor = await addInboundRule(page, async (dialog) => {
    await dialog.getByLabel('Port List, row 1').click();
    await page.getByRole('option', { name: /app-ports/ }).click();
    await dialog.getByLabel('Source, row 1').fill('203.0.113.0/24');
    await dialog.getByLabel('Description, row 1').fill('App ports from partners');
    // Only TCP and UDP take a port list: the engine's code stands next to the choice.
    await dialog.getByLabel('Protocol, row 1').click();
    await page.getByRole('option', { name: 'All ICMP (IPv4)' }).click();
    await expect(dialog).toContainText('InvalidParam.ProtocolNotSupportPortRangeList');
    await dialog.getByLabel('Protocol, row 1').click();
    await page.getByRole('option', { name: 'Custom TCP' }).click();
    await expect(dialog).not.toContainText('InvalidParam.ProtocolNotSupportPortRangeList');
  });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const ruleRow = inbound(page).getByRole('row', { name: /App ports from partners/ });
  await expect(ruleRow.getByRole('link', { name: 'app-ports' })).toBeVisible();
  const groupUrl = page.url();

  await checkWeb01(page, '8050', '203.0.113.9');
  await expect(answer(page).getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(answer(page)).toContainText('Decided by the rule App ports from partners of prod-web-sg');

  await page.goto('/cn-hangzhou/port-lists');
  await listRow.getByRole('button', { name: 'Delete app-ports' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete Port List' });
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toContainText('DependencyViolation.PortRangeList');
  await remove.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(groupUrl);
  await ruleRow.getByRole('button', { name: /^Delete rule/ }).click();
  await page
    .getByRole('dialog', { name: 'Delete Security Group Rule' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(ruleRow).toHaveCount(0);

  await page.goto('/cn-hangzhou/port-lists');
  await listRow.getByRole('button', { name: 'Delete app-ports' }).click();
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toBeHidden();
  await expect(page.getByRole('table', { name: 'Port Lists' })).toContainText('No port lists in this region yet.');
});
