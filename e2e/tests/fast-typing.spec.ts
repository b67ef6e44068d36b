import { expect, test } from '@playwright/test';

// Filters live in the URL; typing faster than the router updates it must not lose characters.
test('fast typing in the group search and the rule filter keeps every character', async ({ page }) => {
  await page.goto('/cn-hangzhou/security-groups');
  const search = page.getByLabel('Search');
  await search.pressSequentially('prod-web-sg', { delay: 0 });
  await expect(search).toHaveValue('prod-web-sg');
  await expect(page).toHaveURL(/q=prod-web-sg/);
  await page
    .getByRole('row', { name: /prod-web-sg/ })
    .getByRole('link', { name: /^sg-/ })
    .click();

  const filter = page.getByLabel('Search rules');
  await filter.pressSequentially('the office network', { delay: 0 });
  await expect(filter).toHaveValue('the office network');
  await page.reload();
  await expect(page.getByLabel('Search rules')).toHaveValue('the office network');
});
