import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Steps of the clouds' journeys (tests/journey-*.spec.ts): from an empty world, a VPC and its subnet, a group, a
 * rule, an instance and Check Traffic, each in the cloud console's own words.
 */

/** A cloud console's words the journeys click, and the world they start in. */
export interface JourneyCloud {
  cloud: 'alibaba' | 'tencent' | 'jdcloud';
  region: string;
  /** The navigation entries of the security groups and VPC pages. */
  securityGroupsNav: string;
  vpcsNav: string;
  /** The VPC page's create button, and its dialog's title. */
  createVpc: string;
  /** What a vSwitch is called ("vSwitch", "Subnet"), its plural, its create button, and a zone of the region to place it in. */
  vSwitch: string;
  vSwitches: string;
  createVSwitch: string;
  zone: RegExp;
  /** The rule editor's field labels (each row's is "<label>, row N") and the policy that denies. */
  ruleEditor: { policy: string; deny: string; port: string; source: string };
}

export const ALIBABA: JourneyCloud = {
  cloud: 'alibaba',
  region: 'cn-hangzhou',
  securityGroupsNav: 'Security Groups',
  vpcsNav: 'VPCs',
  createVpc: 'Create VPC',
  vSwitch: 'vSwitch',
  vSwitches: 'vSwitches',
  createVSwitch: 'Create vSwitch',
  zone: /cn-hangzhou-i/,
  ruleEditor: { policy: 'Action', deny: 'Deny', port: 'Port Range', source: 'Source' },
};

export const TENCENT: JourneyCloud = {
  cloud: 'tencent',
  region: 'ap-guangzhou',
  securityGroupsNav: 'Security Group',
  vpcsNav: 'VPC',
  createVpc: 'Create VPC',
  vSwitch: 'Subnet',
  vSwitches: 'Subnets',
  createVSwitch: 'Create Subnet',
  zone: /ap-guangzhou-3/,
  ruleEditor: { policy: 'Policy', deny: 'Reject', port: 'Port', source: 'Source' },
};

export const JDCLOUD: JourneyCloud = {
  cloud: 'jdcloud',
  region: 'cn-north-1',
  securityGroupsNav: 'Security Group',
  vpcsNav: 'Virtual Private Cloud',
  createVpc: 'Create Virtual Private Cloud',
  vSwitch: 'Subnet',
  vSwitches: 'Subnets',
  createVSwitch: 'Create Subnet',
  zone: /cn-north-1a/,
  // JD rules only allow: no deny is offered.
  ruleEditor: { policy: 'Policy', deny: '', port: 'Destination Port', source: 'Source IP' },
};

/** The left navigation's entry of that name. */
export async function openNav(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

/** Opens the cloud with an empty world (its very first start): its security groups page, with none. */
export async function startEmpty(page: Page, c: JourneyCloud) {
  await page.goto(`/${c.cloud}?world=empty`);
  await expect(page).toHaveURL(new RegExp(`/${c.cloud}/${c.region}/security-groups\\?world=empty$`));
  await expect(page.getByRole('table', { name: 'Security groups' })).toContainText('No security groups');
}

/** Picks an option of a Mantine select or multi-select, then closes its list by clicking the dialog's title. */
export async function choose(dialog: Locator, field: Locator, option: RegExp) {
  await field.click();
  await dialog.page().getByRole('option', { name: option }).click();
  await dialog.getByRole('heading').first().click();
}

/** On the VPC page: Create VPC (it opens on its page), then a vSwitch or subnet in the cloud's words. */
export async function createVpcAndVSwitch(page: Page, c: JourneyCloud, cidr: { vpc: string; vSwitch: string }) {
  await openNav(page, c.vpcsNav);
  await page.getByRole('button', { name: c.createVpc }).click();
  let dialog = page.getByRole('dialog', { name: c.createVpc });
  await dialog.getByLabel('VPC Name').fill('journey-vpc');
  await dialog.getByLabel('IPv4 CIDR Block').fill(cidr.vpc);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'journey-vpc' })).toBeVisible();

  await page.getByRole('button', { name: c.createVSwitch }).click();
  dialog = page.getByRole('dialog', { name: c.createVSwitch });
  await dialog.getByLabel(`${c.vSwitch} Name`).fill('journey-subnet');
  await choose(dialog, dialog.getByRole('combobox', { name: 'Zone' }), c.zone);
  await dialog.getByLabel('IPv4 CIDR Block').fill(cidr.vSwitch);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: c.vSwitches });
  await expect(table.getByRole('row').filter({ hasText: 'journey-subnet' })).toContainText(cidr.vSwitch);
}

export interface InboundRule {
  /** The editor's policy (Alibaba's Action), picked in the cloud's word; its default (allow) when absent. */
  action?: 'Allow' | 'Deny';
  /** Where the cloud's rules have one (Alibaba); the editor's default when absent. */
  priority?: string;
  port: string;
  source: string;
}

/**
 * The rule editor's steps, in one place (its labels may change): opens it with `opener` (the group page's Add Rule
 * unless given), fills one row per rule, top to bottom, and saves.
 */
export async function addInboundRules(page: Page, c: JourneyCloud, rules: InboundRule[], opener?: Locator) {
  const words = c.ruleEditor;
  await (opener ?? page.getByRole('button', { name: 'Add Rule' })).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  for (const [index, rule] of rules.entries()) {
    const row = index + 1;
    if (row > 1) await editor.getByRole('button', { name: 'Add Row' }).click();
    if (rule.action) {
      await editor.getByLabel(`${words.policy}, row ${row}`, { exact: true }).click();
      const option = rule.action === 'Deny' ? words.deny : 'Allow';
      await page.getByRole('option', { name: option, exact: true }).click();
    }
    if (rule.priority) await editor.getByLabel(`Priority, row ${row}`).fill(rule.priority);
    await editor.getByLabel(`${words.port}, row ${row}`, { exact: true }).fill(rule.port);
    await editor.getByLabel(`${words.source}, row ${row}`, { exact: true }).fill(rule.source);
  }
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

/** Create Instance in the journey's subnet with the named groups; opens the instance's Check Traffic tab. */
export async function createInstanceWithGroups(page: Page, c: JourneyCloud, groupNames: string[]) {
  await openNav(page, 'Instances');
  await page.getByRole('button', { name: 'Create Instance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Instance' });
  await expect(dialog.getByLabel(c.vSwitch, { exact: true })).toHaveValue(/journey-subnet/);
  await dialog.getByLabel('Instance Name').fill('journey-01');
  for (const name of groupNames) {
    await choose(dialog, dialog.getByLabel('Security Groups', { exact: true }), new RegExp(name));
  }
  await dialog.getByRole('button', { name: 'Create Instance' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: 'Instances' }).getByRole('row').filter({ hasText: 'journey-01' });
  await row.getByRole('link', { name: /^(i|ins)-/ }).click();
  await page.getByRole('tab', { name: 'Check Traffic' }).click();
}

/** Check Traffic's answer for inbound TCP to `port` from a public address. */
export async function expectInboundVerdict(page: Page, port: string, verdict: 'Allowed' | 'Denied') {
  await page.getByLabel('Direction').selectOption({ label: 'Inbound' });
  await page.getByLabel('Port').fill(port);
  await page.getByLabel('Source', { exact: true }).selectOption({ label: 'IP address' });
  await page.getByLabel('IP address').fill('203.0.113.9');
  const answer = page.getByRole('region', { name: 'Check traffic answer' });
  await expect(answer.getByRole('heading', { name: verdict })).toBeVisible();
}
