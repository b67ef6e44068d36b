import { expect, type Locator, type Page } from '@playwright/test';

/** Steps shared by tests/instances.spec.ts and tests/network-interfaces.spec.ts. */

/** Opens a demo instance's details from the Instances list; returns its ID. */
export async function openInstance(page: Page, name: string): Promise<string> {
  await page.goto('/cn-hangzhou/instances');
  const row = page.getByRole('table', { name: 'Instances' }).getByRole('row').filter({ hasText: name });
  const link = row.getByRole('link', { name: /^i-/ });
  const instanceId = (await link.textContent())!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/cn-hangzhou/instances/${instanceId}/security-groups$`));
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return instanceId;
}

/** The names in the Security Groups tab's table, sorted. */
export async function groupNames(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Security groups' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const names = await rows.locator('td:nth-child(2)').allTextContents();
  return names.sort();
}

/** Opens "Change Security Groups", adds and removes groups by name, presses OK; returns the dialog. */
export async function changeGroups(page: Page, change: { add?: string[]; remove?: string[] }): Promise<Locator> {
  await page.getByRole('button', { name: 'Change Security Groups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change Security Groups' });
  for (const name of change.add ?? []) await dialog.getByRole('button', { name: `Add ${name}`, exact: true }).click();
  for (const name of change.remove ?? []) {
    await dialog.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
  }
  await dialog.getByRole('button', { name: 'OK' }).click();
  return dialog;
}
