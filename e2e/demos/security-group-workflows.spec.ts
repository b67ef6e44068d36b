import { test } from '@playwright/test';

/** Seed 000/001/004 workflows, screenshot by screenshot (e2e/screenshots/workflow-*.png). */
test('security group workflows', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const shot = (name: string) => page.screenshot({ path: `screenshots/workflow-${name}.png`, fullPage: true });

  await page.goto('/cn-hangzhou/security-groups');
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  const create = page.getByRole('dialog', { name: 'Create Security Group' });
  await create.getByRole('radio', { name: 'Web Server Linux' }).check();
  await create.getByLabel('Security Group Name').fill('1-bad-name');
  await create.getByLabel('Description', { exact: true }).click();
  await shot('1-create-dialog');
  await create.getByLabel('Security Group Name').fill('web-linux-demo');
  await create.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('table', { name: 'Inbound rules' }).waitFor();
  await shot('2-created-group');

  await page.getByRole('button', { name: 'Add Rule' }).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Port Range, row 1').fill('3389/3389');
  await editor.getByLabel('Source, row 1').fill('0.0.0.0/0');
  await editor.getByRole('button', { name: 'Add Row' }).click();
  await editor.getByLabel('Port Range, row 2').fill('200/1');
  await editor.getByLabel('Source, row 2').fill('10.0.0.0/8');
  await editor.getByLabel('Priority, row 2').click();
  await shot('3-rule-editor');
  await editor.getByLabel('Port Range, row 2').fill('8080/8080,8443/8443');
  await editor.getByRole('button', { name: 'Preview changes' }).click();
  await shot('4-rule-preview');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.waitFor({ state: 'hidden' });
  await shot('5-rules-saved');

  await page.getByRole('button', { name: /Modify Internal Access Control Policy/ }).click();
  await shot('6-inner-access-policy');
  await page.keyboard.press('Escape');

  await page.goto('/cn-hangzhou/security-groups');
  await page
    .getByRole('row', { name: /prod-web-sg/ })
    .getByRole('checkbox')
    .check();
  await page
    .getByRole('row', { name: /web-linux-demo/ })
    .getByRole('checkbox')
    .check();
  await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
  await page.getByRole('dialog', { name: 'Delete Security Group' }).waitFor();
  await shot('7-delete-dialog');
});
