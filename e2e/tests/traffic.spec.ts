import { expect, test, type Locator, type Page } from '@playwright/test';

/** Opens an instance of the demo world (cn-hangzhou) on one of its details tabs. */
async function openInstance(page: Page, name: string, tab: 'Effective Rules' | 'Check Traffic') {
  await page.goto('/cn-hangzhou/instances');
  await page
    .getByRole('table', { name: 'Instances' })
    .getByRole('row')
    .filter({ hasText: name })
    .getByRole('link', { name: /^i-/ })
    .click();
  await page.getByRole('tab', { name: tab }).click();
}

/** Fills Check traffic's fields; the answer follows as they are typed. */
async function checkFlow(
  page: Page,
  flow: { direction?: 'Inbound' | 'Outbound'; port: string; ip?: string; instance?: RegExp },
) {
  await page.getByLabel('Direction').selectOption({ label: flow.direction ?? 'Inbound' });
  await page.getByLabel('Port').fill(flow.port);
  const end = page.getByLabel(flow.direction === 'Outbound' ? 'Destination' : 'Source', { exact: true });
  if (flow.ip) {
    await end.selectOption({ label: 'IP address' });
    await page.getByLabel('IP address').fill(flow.ip);
  } else if (flow.instance) {
    await end.selectOption({ label: 'Instance or network interface' });
    await page.getByRole('combobox', { name: 'Instance or network interface' }).click();
    await page.getByRole('option', { name: flow.instance }).click();
  }
}

const answer = (page: Page): Locator => page.getByRole('region', { name: 'Check traffic answer' });
const matchedRow = (page: Page): Locator =>
  answer(page)
    .getByRole('table', { name: /Rules considered/ })
    .getByRole('row')
    .filter({ hasText: 'Matched' });

test('web-01: HTTP from anywhere is allowed by prod-web-sg, MySQL by nobody, outbound SMTP by no rule', async ({
  page,
}) => {
  await openInstance(page, 'web-01', 'Check Traffic');
  await checkFlow(page, { port: '80', ip: '8.8.8.8' });
  await expect(answer(page).getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(answer(page)).toContainText('Decided by the rule HTTP for the public website of prod-web-sg');
  await expect(matchedRow(page)).toContainText('80/80');
  await expect(matchedRow(page)).toContainText('prod-web-sg');

  await page.getByLabel('Port').fill('3306');
  await expect(answer(page).getByRole('heading', { name: 'Denied' })).toBeVisible();
  await expect(answer(page)).toContainText('Decided by the default BasicDefaultIngressDeny');
  await expect(matchedRow(page)).toContainText('Default');

  await checkFlow(page, { direction: 'Outbound', port: '25', ip: '198.51.100.7' });
  await expect(answer(page).getByRole('heading', { name: 'Denied' })).toBeVisible();
  await expect(answer(page)).toContainText('Decided by the default PlatformTcp25Block');

  // The engine's errors stand next to the field they are about.
  await page.getByLabel('Port').fill('70000');
  await expect(page.getByText('InvalidParameter.Port: The specified parameter Port is not valid.')).toBeVisible();
  await page.getByLabel('Port').fill('443');
  await page.getByLabel('IP address').fill('10.0.0.300');
  await expect(page.getByText(/^InvalidParameter\.PeerIp: /)).toBeVisible();
});

test('db-01 accepts MySQL from web-01 through the group reference to prod-web-sg', async ({ page }) => {
  await openInstance(page, 'db-01', 'Check Traffic');
  await checkFlow(page, { port: '3306', instance: /^web-01/ });
  await expect(answer(page).getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(answer(page)).toContainText('Decided by the rule MySQL from the web tier of prod-db-sg');
  await expect(matchedRow(page)).toContainText('prod-web-sg');
});

test('the effective rules list every rule with its group, then the defaults', async ({ page }) => {
  await openInstance(page, 'web-01', 'Effective Rules');
  const inbound = page.getByRole('table', { name: 'Effective inbound rules' }).locator('tbody tr');
  await expect(inbound.filter({ hasText: 'HTTP for the public website' })).toContainText('prod-web-sg');
  await expect(inbound.last()).toContainText('Default');
  await expect(inbound.last()).toContainText('BasicDefaultIngressDeny');
  // Seed 001: the default rules have priority 110.
  await expect(inbound.last().getByRole('cell').nth(2)).toHaveText(/^110\s*Default$/);
  // Priority 1 rules come before the priority 100 ping rule, and every rule before the closing default.
  const texts = await inbound.allInnerTexts();
  const at = (text: string) => texts.findIndex((t) => t.includes(text));
  expect(at('HTTP for the public website')).toBeLessThan(at('Ping'));
  expect(at('Ping')).toBeLessThan(at('BasicDefaultIngressDeny'));
  const outbound = page.getByRole('table', { name: 'Effective outbound rules' }).locator('tbody tr');
  await expect(outbound.filter({ hasText: 'PlatformTcp25Block' })).toContainText('Platform');
  await expect(outbound.last()).toContainText('BasicDefaultEgressAllow');
  await expect(outbound.last().getByRole('cell').nth(2)).toHaveText(/^110\s*Default$/);
  await page.getByRole('link', { name: 'prod-web-sg' }).first().click();
  await expect(page.getByRole('table', { name: 'Inbound rules' })).toBeVisible();
});

test('the reachability matrix of prod-vpc on TCP 3306, and one cell explained', async ({ page }) => {
  await page.goto('/cn-hangzhou/security-groups');
  await page.getByRole('link', { name: 'Reachability' }).click();
  await expect(page.getByRole('combobox', { name: 'VPC' })).toHaveValue(/prod-vpc/);
  await page.getByLabel('Port').fill('3306');
  const matrix = page.getByRole('table', { name: 'Reachability matrix' });
  await expect(matrix.getByRole('button', { name: 'web-01 to db-01: allowed' })).toBeVisible();
  await expect(matrix.getByRole('button', { name: 'win-jump-01 to db-01: denied' })).toHaveText('✗');
  await expect(matrix.getByRole('cell', { name: 'same instance' })).toHaveCount(
    (await matrix.getByRole('row').count()) - 1,
  );

  await matrix.getByRole('button', { name: 'win-jump-01 to db-01: denied' }).click();
  const dialog = page.getByRole('dialog', { name: 'win-jump-01 → db-01, TCP 3306' });
  await expect(dialog.getByRole('heading', { name: 'Denied' }).first()).toBeVisible();
  const inbound = dialog.getByRole('region', { name: 'Inbound on db-01' });
  await expect(inbound).toContainText('Decided by the rule Never expose MySQL of prod-db-sg');
  await expect(page).toHaveURL(/from=i-.*&to=i-/);
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'win-jump-01 → db-01, TCP 3306' })).toBeVisible();
});

test('a watched flow shows in the rule editor what an unsaved deny rule would close', async ({ page }) => {
  await openInstance(page, 'web-01', 'Check Traffic');
  await checkFlow(page, { port: '80', ip: '8.8.8.8' });
  await expect(answer(page).getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await page.getByRole('button', { name: 'Watch this flow' }).click();
  await expect(page.getByRole('button', { name: 'Watching this flow' })).toBeDisabled();
  await expect(page.getByRole('region', { name: 'Watched flows' })).toContainText('Inbound TCP 80 from 8.8.8.8');

  await answer(page).getByRole('link', { name: 'prod-web-sg' }).first().click();
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  const watched = dialog.getByRole('region', { name: 'Watched flows' });
  await expect(watched).toContainText('No watched flow changes');
  await dialog.getByLabel('Action, row 1').click();
  await page.getByRole('option', { name: 'Deny' }).click();
  await dialog.getByLabel('Port Range, row 1').fill('80/80');
  await dialog.getByLabel('Source, row 1').fill('0.0.0.0/0');
  await expect(watched).toContainText('would close');
  await expect(watched).toContainText('Inbound TCP 80 from 8.8.8.8');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('with no watched flow, the rule editor says where to watch one', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('row', { name: /prod-db-sg/ })
    .getByRole('link', { name: /^sg-/ })
    .click();
  await page.getByRole('button', { name: 'Add Rule' }).click();
  await expect(page.getByRole('dialog', { name: 'Add Inbound Rule' })).toContainText(
    'Watch flows from Check traffic to see here what your change opens or closes.',
  );
});
