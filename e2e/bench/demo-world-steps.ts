import { expect, type Page } from '@playwright/test';
import { openInstance } from '../support/interface-steps.ts';
import { changeRules, createPolicy, openGroup, openRules, policyRow } from '../support/snapshot-steps.ts';
import { longestTask, now, timeClick, whenDone, type Timing } from './in-page.ts';
import { all, closedAndShown, dialogOpen } from './page-state.ts';

/** The demo world's operations, each from OK to the dialog closed and the page showing the change. */
export async function addRule(page: Page): Promise<Timing> {
  await openGroup(page, 'prod-web-sg');
  await openRules(page, 'Inbound');
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Port Range, row 1').fill('8081/8081');
  await editor.getByLabel('Source, row 1').fill('10.0.0.0/8');
  return timeClick(
    page,
    editor.getByRole('button', { name: 'Save' }),
    closedAndShown('Add Inbound Rule', 'Inbound rules', '8081/8081'),
  );
}

export async function changeSecurityGroups(page: Page): Promise<Timing> {
  await openInstance(page, 'web-01');
  await page.getByRole('button', { name: 'Change Security Groups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change Security Groups' });
  await dialog.getByRole('button', { name: 'Add prod-db-sg', exact: true }).click();
  return timeClick(
    page,
    dialog.getByRole('button', { name: 'OK' }),
    closedAndShown('Change Security Groups', 'Security groups', 'prod-db-sg'),
  );
}

export async function associate(page: Page): Promise<Timing> {
  await createPolicy(page, 'bench-backup');
  await policyRow(page, 'bench-backup').getByRole('button', { name: 'Associated Security Group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Associated Security Group' });
  await dialog.getByLabel('Security Groups').click();
  await page.getByRole('option', { name: /prod-web-sg/ }).click();
  await dialog.getByText(/^Snapshot policy/).click();
  const associated = `[...document.querySelectorAll('table[aria-label="Snapshot policies"] tbody tr')].some(
    (r) => r.textContent.includes('bench-backup') && r.cells[5]?.textContent.trim() === '1')`;
  return timeClick(
    page,
    dialog.getByRole('button', { name: 'OK' }),
    all(`!(${dialogOpen('Associated Security Group')})`, associated),
  );
}

/** Restores prod-web-sg to the snapshot its association took (after associate), once its rules have changed. */
export async function restoreSnapshot(page: Page): Promise<Timing> {
  const groupId = await openGroup(page, 'prod-web-sg');
  await changeRules(page);
  await page.goto(`/cn-hangzhou/security-groups/${groupId}/snapshots`);
  await page
    .getByRole('table', { name: 'Snapshots' })
    .getByRole('row', { name: /Association/ })
    .getByRole('button', { name: 'Restore Snapshot' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore Security Group' });
  await expect(dialog.getByRole('tab', { name: /^Inbound/ })).toBeVisible();
  return timeClick(
    page,
    dialog.getByRole('button', { name: 'OK' }),
    all(`!(${dialogOpen('Restore Security Group')})`, `document.body.textContent.includes('Restored from')`),
  );
}

/** 200 distinct inbound rules as the JSON export writes them. */
function ruleFile(count: number): Buffer {
  const rules = Array.from({ length: count }, (_, i) => ({
    Direction: 'ingress',
    Policy: 'Accept',
    Priority: 1 + (i % 100),
    IpProtocol: 'TCP',
    PortRange: `${10_000 + i}/${10_000 + i}`,
    SourceCidrIp: `10.${Math.floor(i / 250)}.${i % 250}.0/24`,
    Description: `bench rule ${i + 1}`,
  }));
  return Buffer.from(JSON.stringify(rules));
}

/** From picking a 200-rule file to its preview listing every row. */
export async function importPreview(page: Page, count = 200): Promise<Timing> {
  await openGroup(page, 'prod-db-sg');
  await page.getByRole('button', { name: 'Import Security Group Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Security Group Rule' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Select a file' }).click();
  const chooser = await choosing;
  const start = await now(page);
  await chooser.setFiles({ name: 'bench-rules.json', mimeType: 'application/json', buffer: ruleFile(count) });
  const end = await whenDone(
    page,
    `() => {
      const table = document.querySelector('table[aria-label="Import preview"]');
      if (!table) return false;
      const total = Number(table.getAttribute('aria-rowcount') ?? 0) - 1;
      return Math.max(total, table.querySelectorAll('tbody tr').length) >= ${count};
    }`,
  );
  const timing = { ms: end - start, longestTaskMs: await longestTask(page, start, end) };
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  return timing;
}
