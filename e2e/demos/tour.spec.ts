import { test } from '@playwright/test';

/** A walk through the console that writes screenshots to e2e/screenshots/ for people to look at. */
test('tour of the console', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ }).first().waitFor();
  await page.screenshot({ path: 'screenshots/security-groups.png', fullPage: true });

  await page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ }).first().click();
  await page.getByRole('region', { name: 'Basic Information' }).waitFor();
  await page.screenshot({ path: 'screenshots/security-group-details.png', fullPage: true });

  await page.getByRole('link', { name: 'Instances' }).click();
  await page.getByRole('table', { name: 'Instances' }).waitFor();
  await page.screenshot({ path: 'screenshots/instances.png', fullPage: true });

  await page.getByRole('link', { name: 'Network Interfaces' }).click();
  await page.getByRole('table', { name: 'Network interfaces' }).waitFor();
  await page.screenshot({ path: 'screenshots/network-interfaces.png', fullPage: true });
});
