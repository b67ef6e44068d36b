import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { killLeftovers, launchKillable, sleep, type KillableBrowser } from '../support/killable-browser.ts';
import { countFromEnv, recordSoak, seededRandom } from '../support/soak-record.ts';
import {
  appUrl,
  associateGroup,
  changeRules,
  createPolicy,
  openGroup,
  snapshotsTable,
} from '../support/snapshot-steps.ts';
import { danglingReferences, readStoredWorld, rulesOf, type StoredWorld } from '../support/stored-world.ts';

/**
 * A browser killed (SIGKILL, the whole process group) at a random moment after OK of a long write reopens on the
 * world exactly as it was before the write or exactly as after it: never half of it, never a world that does not
 * open. CRASH_KILLS kill points per operation (CI: 2; `npm run soak`: 20); CRASH_SEED replays a run's delays.
 */
const KILLS = countFromEnv('CRASH_KILLS', 2);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const IMPORT_RULES = 200;

interface CrashOperation {
  name: 'import' | 'restore' | 'clone';
  /** Builds the world the write starts from (the demo world is already there). */
  prepare(page: Page, dir: string): Promise<void>;
  /** Opens the write's dialog and fills it, up to its OK. */
  open(page: Page, dir: string): Promise<Locator>;
  /** The control that starts the write. */
  ok(dialog: Locator): Locator;
  /** Visible once the console reported the write done. */
  done(page: Page): Locator;
  /** What the write changes, as stored. */
  fingerprint(world: StoredWorld): string;
}

const groupLinks = (page: Page) =>
  page.getByRole('table', { name: 'Security groups' }).getByRole('link', { name: /^sg-/ });

const groupNames = (world: StoredWorld) => world.groups.map((g) => `${g.SecurityGroupName}:${g.Rules.length}`).sort();

const importFile = (dir: string) => join(dir, 'rules-200.json');

const operations: CrashOperation[] = [
  {
    name: 'import',
    async prepare(page, dir) {
      const rules = Array.from({ length: IMPORT_RULES }, (_, i) => ({
        Direction: 'ingress',
        IpProtocol: 'TCP',
        PortRange: `${2000 + i}/${2000 + i}`,
        SourceCidrIp: '10.0.0.0/8',
        Priority: '1',
        Description: `Imported rule ${i + 1}`,
      }));
      await writeFile(importFile(dir), JSON.stringify(rules));
      await page.getByRole('button', { name: 'Create Security Group' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create Security Group' });
      await dialog.getByRole('radio', { name: 'Customize' }).check();
      await dialog.getByLabel('Security Group Name').fill('crash-import');
      await dialog.getByRole('button', { name: 'OK' }).click();
      await expect(page.getByRole('heading', { name: 'crash-import' })).toBeVisible();
    },
    async open(page, dir) {
      await openGroup(page, 'crash-import');
      await page.getByRole('button', { name: 'Import Security Group Rule' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import Security Group Rule' });
      const choosing = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: 'Select a file' }).click();
      await (await choosing).setFiles(importFile(dir));
      await expect(dialog.getByRole('list', { name: 'Rows per class' })).toContainText(`Ready: ${IMPORT_RULES}`, {
        timeout: 30_000,
      });
      return dialog;
    },
    ok: (dialog) => dialog.getByRole('button', { name: 'Start' }),
    done: (page) =>
      page
        .getByRole('dialog', { name: 'Import Security Group Rule' })
        .getByRole('list', { name: 'Rows per class' })
        .getByText(`Imported: ${IMPORT_RULES}`),
    fingerprint: (world) =>
      JSON.stringify({ groups: groupNames(world), rules: rulesOf(world, 'crash-import'), ids: world.idCounter }),
  },
  {
    name: 'restore',
    async prepare(page) {
      await createPolicy(page, 'crash-backup');
      await associateGroup(page, 'crash-backup', 'prod-web-sg');
      await openGroup(page, 'prod-web-sg');
      await changeRules(page);
      // The rule change's snapshot is taken now, so no due work is pending when the restore runs.
      await page.getByRole('button', { name: '+5 minutes' }).click();
      await page.getByRole('tab', { name: 'Snapshots' }).click();
      await expect(snapshotsTable(page).getByRole('row', { name: /Rule change/ })).toBeVisible();
    },
    async open(page) {
      await openGroup(page, 'prod-web-sg');
      await page.getByRole('tab', { name: 'Snapshots' }).click();
      await snapshotsTable(page)
        .getByRole('row', { name: /Association/ })
        .getByRole('button', { name: 'Restore Snapshot' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Restore Security Group' });
      await expect(dialog.getByRole('tab', { name: 'Inbound (2 changes)' })).toBeVisible();
      return dialog;
    },
    ok: (dialog) => dialog.getByRole('button', { name: 'OK' }),
    done: (page) => page.getByText(/^Restored from /),
    fingerprint: (world) => JSON.stringify({ rules: rulesOf(world, 'prod-web-sg'), ids: world.idCounter }),
  },
  {
    name: 'clone',
    async prepare() {},
    async open(page) {
      await page.goto(appUrl(page, '/cn-hangzhou/security-groups'));
      await page
        .getByRole('row', { name: /prod-db-sg/ })
        .getByRole('button', { name: 'Clone Security Group' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Clone Security Group' });
      await expect(dialog.getByLabel('Security Group Name')).toHaveValue('prod-db-sg-copy');
      await expect(dialog.getByRole('table', { name: 'Rules to copy' }).locator('tbody tr')).toHaveCount(3);
      return dialog;
    },
    ok: (dialog) => dialog.getByRole('button', { name: 'OK' }),
    done: (page) => page.getByRole('heading', { name: 'prod-db-sg-copy' }),
    fingerprint: (world) =>
      JSON.stringify({ groups: groupNames(world), rules: rulesOf(world, 'prod-db-sg-copy'), ids: world.idCounter }),
  },
];

/** Opens the console on a profile; the page shows the group list, or the test fails with what it shows instead. */
async function openConsole(browser: KillableBrowser, baseURL: string): Promise<Page> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${baseURL}/cn-hangzhou/security-groups`);
  await expect(groupLinks(page).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('SG Console could not open its storage')).toHaveCount(0);
  return page;
}

interface KillPoint {
  delayMs: number;
  acknowledged: boolean;
  outcome: 'before' | 'after' | 'neither';
  problems: string[];
}

test.afterEach(() => killLeftovers());

for (const op of operations) {
  test(`a browser killed during a ${op.name} reopens on the world before or after it`, async ({
    baseURL,
  }, testInfo) => {
    test.setTimeout(180_000 + KILLS * 90_000);
    const root = testInfo.outputPath('profiles');
    const template = join(root, 'template');
    await mkdir(template, { recursive: true });
    const random = seededRandom(SEED + op.name.length);

    // The world before: built once, closed cleanly, then copied for every kill point.
    let browser = await launchKillable(testInfo, template);
    let page = await openConsole(browser, baseURL!);
    await op.prepare(page, root);
    const before = op.fingerprint(await readStoredWorld(page));
    await browser.close();

    // The world after, and how long the write takes when nothing stops it.
    const clean = join(root, 'clean');
    await cp(template, clean, { recursive: true });
    browser = await launchKillable(testInfo, clean);
    page = await openConsole(browser, baseURL!);
    let dialog = await op.open(page, root);
    await expect(op.ok(dialog)).toBeEnabled();
    const started = Date.now();
    await op.ok(dialog).click();
    await expect(op.done(page)).toBeVisible({ timeout: 60_000 });
    // The commit lands before the console says so: the first kills are spread up to this moment.
    const reportedMs = Date.now() - started;
    const after = op.fingerprint(await readStoredWorld(page));
    await browser.close();
    await rm(clean, { recursive: true, force: true });
    expect(after, 'the write changes what the fingerprint covers').not.toBe(before);

    const points: KillPoint[] = [];
    let estimateMs = reportedMs;
    for (let i = 0; i < KILLS; i++) {
      const dir = join(root, `kill-${i}`);
      await cp(template, dir, { recursive: true });
      browser = await launchKillable(testInfo, dir);
      page = await openConsole(browser, baseURL!);
      dialog = await op.open(page, root);
      // From the click to a little after the estimated commit: before, during and after it. Every kill narrows the
      // estimate (a later kill that still found the world before, an earlier one that found it after), so the kill
      // points gather around the commit, whatever the machine's load.
      const delayMs = Math.round(random() * estimateMs * 1.25);
      // The delay runs from the moment the click is sent, not from Playwright's confirmation of it, which on a
      // loaded machine can come after the commit itself.
      await expect(op.ok(dialog)).toBeEnabled();
      const clicking = op
        .ok(dialog)
        .click()
        .catch(() => undefined);
      await sleep(delayMs);
      const acknowledged = await op
        .done(page)
        .isVisible()
        .catch(() => false);
      await browser.kill();
      await clicking;

      browser = await launchKillable(testInfo, dir);
      const problems: string[] = [];
      let outcome: KillPoint['outcome'] = 'neither';
      try {
        page = await openConsole(browser, baseURL!);
        const world = await readStoredWorld(page);
        const print = op.fingerprint(world);
        outcome = print === before ? 'before' : print === after ? 'after' : 'neither';
        if (outcome === 'neither') problems.push(`stored: ${print}`);
        if (outcome === 'before' && acknowledged) problems.push('the console had reported the write done');
        problems.push(...danglingReferences(world));
      } catch (error) {
        problems.push(`the console did not open: ${String(error).split('\n')[0]}`);
      }
      points.push({ delayMs, acknowledged, outcome, problems });
      if ((outcome === 'before' && delayMs > estimateMs) || (outcome === 'after' && delayMs < estimateMs)) {
        estimateMs = Math.max(delayMs, 20);
      }
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }

    const delays = points.map((p) => p.delayMs);
    const survived = points.filter((p) => p.problems.length === 0).length;
    const count = (outcome: KillPoint['outcome']) => points.filter((p) => p.outcome === outcome).length;
    recordSoak(
      testInfo,
      `crash-${op.name}`,
      `crash ${op.name}: ${survived}/${points.length} kill points survived ` +
        `(reopened before: ${count('before')}, after: ${count('after')}, neither: ${count('neither')}; ` +
        `done shown ${reportedMs} ms after OK undisturbed; ` +
        `kills ${Math.min(...delays)}-${Math.max(...delays)} ms after OK; seed ${SEED})`,
      { tried: points.length, survived, reportedMs, seed: SEED, points },
    );
    expect(points.filter((p) => p.problems.length > 0)).toEqual([]);
  });
}
