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
