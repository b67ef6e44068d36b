import { expect, test, type Page } from '@playwright/test';

const HOSTILE = '<img src=x onerror="window.pwned=1">';

/** Every Content-Security-Policy violation the page reports, kept on window for the test to read. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned);

test('the console runs under its Content-Security-Policy, which stops an injected inline script', async ({ page }) => {
  await watchViolations(page);
  for (const address of ['/alibaba/cn-hangzhou/security-groups', '/alibaba/cn-hangzhou/instances', '/tencent']) {
    await page.goto(address);
    await expect(page.getByRole('navigation', { name: 'Console navigation' })).toBeVisible();
  }
  expect(await violations(page)).toEqual([]);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.pwned = 1';
    document.head.append(script);
  });
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await pwned(page)).toBeUndefined();
});

test('HTML and javascript: text in a description shows as text, on the details page and the list', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/alibaba/cn-hangzhou/security-groups');
  const table = page.getByRole('table', { name: 'Security groups' });
  await table.getByRole('row').filter({ hasText: 'prod-web-sg' }).getByRole('link', { name: /^sg-/ }).click();
  const basicInfo = page.getByRole('region', { name: 'Basic Information' });
  await basicInfo.getByRole('button', { name: 'Modify', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Modify Security Group' });
  await dialog.getByLabel('Description').fill(`${HOSTILE} javascript:alert(1)`);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(basicInfo.getByText(`${HOSTILE} javascript:alert(1)`)).toBeVisible();

  await page.goto('/alibaba/cn-hangzhou/security-groups');
  await expect(table).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.filter((href) => href.startsWith('javascript:'))).toEqual([]);
  expect(await pwned(page)).toBeUndefined();
  expect(await violations(page)).toEqual([]);
});

test('HTML in a tag value and a rule description shows as text on the group page and its rules', async ({ page }) => {
  test.setTimeout(60_000);
  await watchViolations(page);
  await page.goto('/alibaba/cn-hangzhou/security-groups');
  const table = page.getByRole('table', { name: 'Security groups' });
  await table.getByRole('row').filter({ hasText: 'prod-web-sg' }).getByRole('link', { name: /^sg-/ }).click();
  const basicInfo = page.getByRole('region', { name: 'Basic Information' });
  await basicInfo.getByRole('button', { name: 'Edit Tags' }).click();
  const tags = page.getByRole('dialog', { name: 'Edit Tags' });
  await tags.getByLabel('Tag 1 value').fill(HOSTILE);
  await tags.getByRole('button', { name: 'OK' }).click();
  await expect(tags).toBeHidden();
  await expect(basicInfo.getByText(`env:${HOSTILE}`)).toBeVisible();

  await page.getByRole('button', { name: 'Add Rule' }).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Port Range, row 1').fill('8081/8081');
  await editor.getByLabel('Source, row 1').fill('10.0.0.0/8');
  await editor.getByLabel('Description, row 1').fill(`${HOSTILE} javascript:alert(1)`);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const rules = page.getByRole('table', { name: 'Inbound rules' });
  await expect(rules.getByText(`${HOSTILE} javascript:alert(1)`)).toBeVisible();

  await page.reload();
  await expect(rules.getByText(`${HOSTILE} javascript:alert(1)`)).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.filter((href) => href.startsWith('javascript:'))).toEqual([]);
  expect(await pwned(page)).toBeUndefined();
  expect(await violations(page)).toEqual([]);
});
