import { expect, test } from '@playwright/test';

/** Issue 6's dialogs, screenshot by screenshot (e2e/screenshots/tools-*.png). */
test('clone, import, health check and lists', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const shot = (name: string) => page.screenshot({ path: `screenshots/tools-${name}.png`, fullPage: true });
  await page.goto('/cn-hangzhou/security-groups');
  await page
    .getByRole('row', { name: /prod-db-sg/ })
    .getByRole('link', { name: /^sg-/ })
    .click();
  const clone = page.getByRole('dialog', { name: 'Clone Security Group' });
  // The group's page can mount its header twice while it first loads (noted as work left): a click in between is
  // lost, so the click is repeated until the dialog is there.
  await expect(async () => {
    await page.getByRole('button', { name: 'Clone Security Group' }).first().click();
    await expect(clone).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await clone.getByLabel('Destination Region').click();
  await page.getByRole('option', { name: /cn-shanghai/ }).click();
  await clone.getByText('will be left behind').waitFor();
  await shot('1-clone');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Health Check' }).click();
  await page.getByRole('dialog', { name: 'Health Check' }).waitFor();
  await shot('2-health-check');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Prefix Lists' }).click();
  await page.getByRole('button', { name: 'Create Prefix List' }).click();
  await shot('3-create-prefix-list');
});
