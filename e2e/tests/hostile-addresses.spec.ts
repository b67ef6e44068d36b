import { expect, test } from '@playwright/test';

test('an address whose region is not a region gets a not-found page whose links stay on the console', async ({
  page,
}) => {
  for (const address of [
    '/%2Fevil.example/security-groups',
    '/alibaba/%2F%2Fevil.example/instances',
    '/tencent/nowhere',
  ]) {
    await page.goto(address);
    await expect(page.getByText('Page not found')).toBeVisible();
    const origin = new URL(page.url()).origin;
    const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(new URL(href).origin).toBe(origin);
  }
});
