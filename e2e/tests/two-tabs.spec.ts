import { expect, test } from '@playwright/test';

test('a change made in one tab shows in a second tab without a reload', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/cn-hangzhou/security-groups');
  const groupLinks = (page: typeof first) =>
    page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ });
  await expect(groupLinks(first).first()).toBeVisible();

  const second = await context.newPage();
  await second.goto('/cn-hangzhou/security-groups');
  await expect(groupLinks(second).first()).toBeVisible();

  await first.getByRole('button', { name: 'World' }).click();
  await first.getByRole('menuitem', { name: 'Start with an empty world' }).click();
  await first.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(first.getByText('No security groups in this region yet.')).toBeVisible();

  // No reload in the second tab: it hears the change and refetches.
  await expect(second.getByText('No security groups in this region yet.')).toBeVisible();
  await expect(groupLinks(second)).toHaveCount(0);
});

test('a security group created in one tab appears in the other, and its rules too', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto('/cn-hangzhou/security-groups');
  await expect(
    second.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ }).first(),
  ).toBeVisible();

  await first.goto('/cn-hangzhou/security-groups');
  await first.getByRole('button', { name: 'Create Security Group' }).click();
  const dialog = first.getByRole('dialog', { name: 'Create Security Group' });
  await dialog.getByRole('radio', { name: 'Web Server Linux' }).check();
  await dialog.getByLabel('Security Group Name').fill('from-the-first-tab');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(first.getByRole('heading', { name: 'from-the-first-tab' })).toBeVisible();

  const row = second.getByRole('row', { name: /from-the-first-tab/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('4'); // the template's four rules, counted in the second tab
});
