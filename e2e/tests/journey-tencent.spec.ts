import { expect, test, type Page } from '@playwright/test';
import {
  TENCENT,
  addInboundRules,
  createInstanceWithGroups,
  createVpcAndVSwitch,
  expectInboundVerdict,
  openNav,
  startEmpty,
} from '../support/journey-steps.ts';

const groupsTable = (page: Page) => page.getByRole('table', { name: 'Security groups' });

async function openCreateDialog(page: Page) {
  await openNav(page, TENCENT.securityGroupsNav);
  await expect(page.getByRole('heading', { name: 'Security Group', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '+New' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a security group' });
  await expect(dialog.getByLabel('Name')).toBeVisible();
  return dialog;
}

test('Tencent: from an empty world to a Custom group with DROP above ACCEPT, an instance and its traffic', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await startEmpty(page, TENCENT);
  await createVpcAndVSwitch(page, TENCENT, { vpc: '10.0.0.0/16', vSwitch: '10.0.1.0/24' });

  // Seed 002's dialog: its templates with description and notes, Name, Project, Notes; and the VPC it serves.
  let dialog = await openCreateDialog(page);
  await expect(dialog.getByRole('radio', { name: 'Open all ports' })).toBeChecked();
  await expect(dialog.getByText('All ports are open. May present security issues.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Open port 22, 80, 443, 3389 and ICMP protocol' })).toBeVisible();
  await expect(dialog.getByText(/and the ICMP protocol are open\. All ports are open internally\./)).toBeVisible();
  await expect(dialog.getByText('Suitable for instances with web services.')).toBeVisible();
  await expect(dialog.getByLabel('Project')).toHaveValue('Default project');
  await expect(dialog.getByLabel('VPC', { exact: true })).toHaveValue(/journey-vpc/);

  // A name over 60 characters is refused with the engine's code, and nothing is stored.
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  await expect(dialog.getByText(/No rules: the group is created blank/)).toBeVisible();
  const name = dialog.getByLabel('Name');
  await name.fill('n'.repeat(61));
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(name).toHaveAccessibleDescription(/InvalidParameterValue\.TooLong/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(groupsTable(page)).toContainText('No security groups in this region yet.');

  // Custom: the group has no rules, and its page offers "Add rules now", which opens the rule editor.
  dialog = await openCreateDialog(page);
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  await dialog.getByLabel('Name').fill('web-tc');
  await dialog.getByLabel('Notes').fill('Web tier');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'web-tc' })).toBeVisible();
  const info = page.getByRole('region', { name: 'Basic Information' });
  await expect(info).toContainText('Default project');
  await expect(info.getByText('Security Group Type')).toHaveCount(0);
  const addRulesNow = page.getByRole('alert').getByRole('link', { name: 'Add rules now' });
  // First match from the top: the DROP of 443 above the ACCEPT of 80,443.
  await addInboundRules(
    page,
    TENCENT,
    [
      { action: 'Deny', port: '443', source: '0.0.0.0/0' },
      { action: 'Allow', port: '80,443', source: '0.0.0.0/0' },
    ],
    addRulesNow,
  );
  const rules = page.getByRole('table', { name: 'Inbound rules' }).locator('tbody tr');
  await expect(rules).toHaveCount(2);
  await expect(rules.nth(0)).toContainText('443');
  await expect(rules.nth(1)).toContainText('80,443');

  await createInstanceWithGroups(page, TENCENT, ['web-tc']);
  await expectInboundVerdict(page, '80', 'Allowed');
  await expectInboundVerdict(page, '443', 'Denied');
  await expectInboundVerdict(page, '22', 'Denied');
});

test("Tencent: a template's inbound and outbound rules are written with the group", async ({ page }) => {
  await page.goto('/tencent/ap-guangzhou/security-groups');
  const dialog = await openCreateDialog(page);
  await dialog.getByRole('radio', { name: 'Open port 22, 80, 443, 3389 and ICMP protocol' }).check();
  const preview = dialog.getByRole('table', { name: 'Rules to be added' }).locator('tbody tr');
  await expect(preview).toHaveCount(13);
  // In Tencent's words, as its rule tables have them.
  await expect(dialog.getByRole('table', { name: 'Rules to be added' }).getByRole('columnheader')).toHaveText([
    'Direction',
    'Policy',
    'Protocol',
    'Port',
    'Source/Destination',
    'Notes',
  ]);
  await expect(preview.filter({ hasText: 'Allow' })).toHaveCount(13);
  await expect(preview.filter({ hasText: 'Outbound' })).toHaveCount(2);
  await dialog.getByLabel('Name').fill('web-template');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { name: 'web-template' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Inbound rules' }).locator('tbody tr')).toHaveCount(11);
  await expect(page.getByText('The security group has no rules yet.')).toHaveCount(0);
  await page.getByRole('tab', { name: /Outbound/ }).click();
  const outbound = page.getByRole('table', { name: 'Outbound rules' }).locator('tbody tr');
  await expect(outbound).toHaveCount(2);
  await expect(outbound.filter({ hasText: '::/0' })).toHaveCount(1);
});
