import { expect, test, type Page } from '@playwright/test';
import { dropChangeNotices } from '../support/change-notices.ts';

test('a tab whose change notices never arrive catches up when it is focused again', async ({ browser }) => {
  const context = await browser.newContext();
  const groupLinks = (page: Page) =>
    page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ });

  const writer = await context.newPage();
  await writer.goto('/alibaba/cn-hangzhou/security-groups');
  await expect(groupLinks(writer).first()).toBeVisible();

  // The second tab hears nothing: its BroadcastChannel never delivers (as if the notice were lost).
  const deaf = await context.newPage();
  await dropChangeNotices(deaf);
  await deaf.goto('/alibaba/cn-hangzhou/security-groups');
  await expect(groupLinks(deaf).first()).toBeVisible();

  await writer.bringToFront();
  await writer.getByRole('button', { name: 'World' }).click();
  await writer.getByRole('menuitem', { name: 'Start with an empty world' }).click();
  await writer.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(writer.getByText('No security groups in this region yet.')).toBeVisible();

  // Nothing told the deaf tab; coming back to it is enough.
  await expect(groupLinks(deaf).first()).toBeVisible();
  await deaf.bringToFront();
  await deaf.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(deaf.getByText('No security groups in this region yet.')).toBeVisible();
  await context.close();
});
