import { expect, test } from '@playwright/test';

test('a new user sees the demo world, and it is still there after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/cn-hangzhou\/security-groups$/);
  const table = page.getByRole('table', { name: 'Security groups' });
  await expect(table.getByRole('link', { name: /^sg-/ }).first()).toBeVisible();
  const rowsBefore = await table.getByRole('link', { name: /^sg-/ }).allTextContents();
  expect(rowsBefore.length).toBeGreaterThan(1);

  await page.reload();
  await expect(table.getByRole('link', { name: /^sg-/ })).toHaveText(rowsBefore);
});

test('every page has its own URL and a reload keeps you there', async ({ page }) => {
  await page.goto('/');
  const firstGroup = page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ }).first();
  const groupId = (await firstGroup.textContent())!;
  await firstGroup.click();
  await expect(page).toHaveURL(new RegExp(`/cn-hangzhou/security-groups/${groupId}$`));
  await page.getByRole('tab', { name: /Outbound/ }).click();
  await expect(page).toHaveURL(new RegExp(`/security-groups/${groupId}/rules/egress$`));
  await page.reload();
  await expect(page.getByRole('tab', { name: /Outbound/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Basic Information' }).getByText(groupId)).toBeVisible();
});

test('the region selector switches region and keeps the page', async ({ page }) => {
  await page.goto('/cn-hangzhou/instances');
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: /cn-shanghai/ }).click();
  await expect(page).toHaveURL(/\/cn-shanghai\/instances$/);
  await expect(page.getByRole('table', { name: 'Instances' })).toBeVisible();
});

test('an unknown security group shows the engine error code', async ({ page }) => {
  await page.goto('/cn-hangzhou/security-groups/sg-doesnotexist');
  await expect(page.getByRole('alert')).toContainText('InvalidSecurityGroupId.NotFound');
});

test('an empty world stays empty after a reload: the world is stored, not rebuilt', async ({ page }) => {
  await page.goto('/cn-hangzhou/security-groups');
  await expect(
    page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ }).first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'World' }).click();
  await page.getByRole('menuitem', { name: 'Start with an empty world' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByText('No security groups in this region yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No security groups in this region yet.')).toBeVisible();
});
