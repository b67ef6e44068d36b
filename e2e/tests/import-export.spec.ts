import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { inbound, openGroup, outbound } from '../support/snapshot-steps.ts';

// Whole journeys through a dialog and back (export and import twice; a group created and read back): on a loaded
// 2-core machine they came near the default 30 s, a hang detector, not a speed check.
test.describe.configure({ timeout: 60_000 });

interface RuleFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Export > Export to JSON or CSV; returns the downloaded file under its suggested name. */
async function exportRules(page: Page, format: 'JSON' | 'CSV'): Promise<RuleFile> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: `Export to ${format}` }).click();
  const download = await downloading;
  const buffer = await readFile((await download.path())!);
  const mimeType = format === 'JSON' ? 'application/json' : 'text/csv';
  return { name: download.suggestedFilename(), mimeType, buffer };
}

/** A fresh group with no rules, made with the Create Security Group dialog's Customize template. */
async function createEmptyGroup(page: Page, name: string): Promise<string> {
  await page.goto('/cn-hangzhou/security-groups');
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Security Group' });
  await dialog.getByRole('radio', { name: 'Customize' }).check();
  await dialog.getByLabel('Security Group Name').fill(name);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('No inbound rules.')).toBeVisible();
  return /\/security-groups\/(sg-[^/?]+)/.exec(page.url())![1]!;
}

/** Opens "Import Security Group Rule" and picks the file through "Select a file". */
async function selectFile(page: Page, file: RuleFile): Promise<Locator> {
  await page.getByRole('button', { name: 'Import Security Group Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Security Group Rule' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Select a file' }).click();
  await (await choosing).setFiles(file);
  await expect(dialog.getByText(file.name)).toBeVisible();
  return dialog;
}

const previewRows = (dialog: Locator) => dialog.getByRole('table', { name: 'Import preview' }).locator('tbody tr');
const counts = (dialog: Locator) => dialog.getByRole('list', { name: 'Rows per class' });

for (const format of ['JSON', 'CSV'] as const) {
  test(`prod-web-sg exported to ${format} imports into a new group, and a second import is all duplicates`, async ({
    page,
  }) => {
    const webId = await openGroup(page, 'prod-web-sg');
    const file = await exportRules(page, format);
    expect(file.name).toMatch(
      format === 'JSON'
        ? new RegExp(`^ecs_cn-hangzhou_${webId}\\.json$`)
        : new RegExp(`^ecs_sgRule_${webId}_cn-hangzhou_\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const text = file.buffer.toString('utf8');
    if (format === 'JSON') {
      const rules = JSON.parse(text) as { Description: string; Direction: string }[];
      expect(rules).toHaveLength(6);
      expect(rules.map((r) => r.Description)).toContain('HTTP for the public website');
      expect(rules.filter((r) => r.Direction === 'egress')).toHaveLength(1);
    } else {
      const lines = text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      expect(lines[0]).toMatch(/^Direction,Policy,Priority,IpProtocol,PortRange,/);
      expect(lines).toHaveLength(7);
      expect(text).toContain('Known high-risk address');
    }

    await createEmptyGroup(page, `imported-${format.toLowerCase()}`);
    let dialog = await selectFile(page, file);
    await expect(previewRows(dialog)).toHaveCount(6);
    await expect(counts(dialog)).toContainText('Ready: 6');
    await expect(counts(dialog)).toContainText('Duplicate: 0');
    await dialog.getByRole('button', { name: 'Start' }).click();
    const result = dialog.getByRole('table', { name: 'Import result' });
    await expect(result.locator('tbody tr').filter({ hasText: 'Imported' })).toHaveCount(6);
    await expect(counts(dialog)).toContainText('Imported: 6');
    await dialog.getByRole('button', { name: 'Finish and Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Inbound (5)' })).toBeVisible();
    await expect(inbound(page).getByRole('row', { name: /HTTPS for the public website/ })).toContainText('0.0.0.0/0');
    await page.getByRole('tab', { name: 'Outbound (1)' }).click();
    await expect(outbound(page)).toContainText('203.0.113.66/32');

    dialog = await selectFile(page, file);
    await expect(previewRows(dialog)).toHaveCount(6);
    await expect(previewRows(dialog).filter({ hasText: 'Duplicate' })).toHaveCount(6);
    await expect(counts(dialog)).toContainText('Duplicate: 6');
    await expect(counts(dialog)).toContainText('Ready: 0');
    await expect(dialog.getByRole('button', { name: 'Start' })).toBeDisabled();
  });
}

test('a file with good and bad rows shows the class of each and writes only the good one', async ({ page }) => {
  await openGroup(page, 'prod-web-sg');
  await expect(page.getByText('Rules: 6 / 200')).toBeVisible();
  const good = { Direction: 'ingress', IpProtocol: 'TCP', PortRange: '8080/8080', SourceCidrIp: '10.1.0.0/16' };
  const rows = [
    { ...good, Priority: '1', Description: 'App port from the office' },
    { ...good, SourceCidrIp: '10.0.0.300/8', Description: 'Bad CIDR' },
    { ...good, PortRange: '8081/8081', Priority: '150', Description: 'Too low a priority' },
    { ...good, PortRange: '3306/3306', SourceCidrIp: '', SourceGroupId: 'sg-doesnotexist123' },
    { ...good, PortRange: '80/80', SourceCidrIp: '0.0.0.0/0', Priority: '1', Description: 'Same as HTTP' },
  ];
  const file = { name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows)) };
  const dialog = await selectFile(page, file);
  const row = (index: number) => previewRows(dialog).nth(index - 1);
  await expect(previewRows(dialog)).toHaveCount(5);
  await expect(row(1)).toContainText('Ready');
  await expect(row(2)).toContainText('Invalid');
  await expect(row(2)).toContainText('InvalidSourceCidrIp.Malformed');
  // The bad row shows what the file says, the offending value included, not "-".
  await expect(row(2)).toContainText('In the file: SourceCidrIp = 10.0.0.300/8');
  const cells = row(2).getByRole('cell');
  // Row, Direction, Check Result, Action, Priority, Protocol, Port Range, Authorization Object, Description.
  await expect(cells.nth(5)).toHaveText('TCP');
  await expect(cells.nth(6)).toHaveText('8080/8080');
  await expect(cells.nth(7)).toHaveText('10.0.0.300/8');
  await expect(cells.nth(8)).toHaveText('Bad CIDR');
  await expect(row(3)).toContainText('Priority above 100 (ignored)');
  await expect(row(3)).toContainText('InvalidPriority.ValueNotSupported');
  await expect(row(4)).toContainText('Reference not possible in this region');
  await expect(row(4)).toContainText('InvalidSourceGroupId.NotFound');
  await expect(row(5)).toContainText('Duplicate');
  await expect(row(5)).toContainText('InvalidOperation.RuleDuplicate');
  for (const text of ['Ready: 1', 'Invalid: 1', 'Priority above 100 (ignored): 1', 'Duplicate: 1']) {
    await expect(counts(dialog)).toContainText(text);
  }
  await expect(counts(dialog)).toContainText('Reference not possible in this region: 1');
  await expect(counts(dialog)).toContainText('Over limit: 0');

  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(counts(dialog)).toContainText('Imported: 1');
  await dialog.getByRole('button', { name: 'Finish and Close' }).click();
  await page.reload();
  await expect(page.getByText('Rules: 7 / 200')).toBeVisible();
  await expect(inbound(page).getByRole('row', { name: /App port from the office/ })).toContainText('8080/8080');
  await expect(inbound(page).getByRole('row', { name: /8081|3306/ })).toHaveCount(0);
});

test('a file of more than 200 rules is refused whole', async ({ page }) => {
  await openGroup(page, 'prod-web-sg');
  const rules = Array.from({ length: 201 }, (_, i) => ({
    Direction: 'ingress',
    IpProtocol: 'TCP',
    PortRange: `${i + 1000}/${i + 1000}`,
    SourceCidrIp: '10.0.0.0/8',
  }));
  const file = { name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rules)) };
  const dialog = await selectFile(page, file);
  await expect(dialog.getByRole('alert')).toContainText('InvalidImportFile.TooManyRules');
  await expect(dialog.getByRole('button', { name: 'Start' })).toBeDisabled();
});
