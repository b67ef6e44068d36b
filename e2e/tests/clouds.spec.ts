import { expect, test, type Page } from '@playwright/test';
import { ALIBABA, JDCLOUD, TENCENT, openNav, type JourneyCloud } from '../support/journey-steps.ts';

const CLOUDS = [
  { journey: ALIBABA, label: 'Alibaba Cloud ECS', vpc: 'kept-alibaba' },
  { journey: TENCENT, label: 'Tencent Cloud CVM', vpc: 'kept-tencent' },
  { journey: JDCLOUD, label: 'JD Cloud', vpc: 'kept-jdcloud' },
];

/** The header's Cloud switch: it opens the cloud's first region. */
async function switchCloud(page: Page, label: string, c: JourneyCloud) {
  await page.getByRole('banner').getByLabel('Cloud').click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${c.cloud}/${c.region}/security-groups$`));
}

async function createVpc(page: Page, c: JourneyCloud, name: string) {
  await openNav(page, c.vpcsNav);
  await page.getByRole('button', { name: c.createVpc }).click();
  const dialog = page.getByRole('dialog', { name: c.createVpc });
  await dialog.getByLabel('VPC Name').fill(name);
  await dialog.getByLabel('IPv4 CIDR Block').fill('172.31.0.0/16');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

async function expectVpcs(page: Page, c: JourneyCloud, own: string) {
  await openNav(page, c.vpcsNav);
  const table = page.getByRole('table', { name: 'VPCs' });
  await expect(table).toContainText(own);
  for (const other of CLOUDS.filter((o) => o.vpc !== own)) await expect(table).not.toContainText(other.vpc);
}

test('each cloud keeps its own world: a VPC made in each survives switching and a reload', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page).toHaveURL(/\/alibaba\/cn-hangzhou\/security-groups$/);
  await expect(page.getByRole('banner').getByLabel('Cloud')).toHaveValue('Alibaba Cloud ECS');

  for (const { journey, label, vpc } of CLOUDS) {
    await switchCloud(page, label, journey);
    // The cloud's own page title and words.
    await expect(page.getByRole('heading', { name: journey.securityGroupsNav, exact: true })).toBeVisible();
    await createVpc(page, journey, vpc);
  }

  // The reload is on JD Cloud's page; then each cloud in turn.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'kept-jdcloud' })).toBeVisible();
  for (const { journey, label, vpc } of CLOUDS) {
    await switchCloud(page, label, journey);
    await expectVpcs(page, journey, vpc);
  }
});
