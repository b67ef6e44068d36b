import { expect, type Locator, type Page } from '@playwright/test';
import { openInstance } from './interface-steps.ts';
import { inbound, openGroup, snapshotsTable } from './snapshot-steps.ts';
import { groupNamed, instanceGroupNames, type StoredWorld } from './stored-world.ts';

/**
 * The writes two tabs race with in tests/two-tab-interleavings.spec.ts, all around one group, TARGET (made from the
 * Web Server Linux template; its ICMP rule deleted after its association snapshot, so a restore brings it back),
 * the instance web-01 and prod-web-sg. Each write is split where a user pauses: `park` (load the page it starts
 * on), `open` (open its dialog and fill it, without a reload), `confirm` (press OK and see what happens).
 */
export const TARGET = 'race-target';
export const INSTANCE = 'web-01';

export type OpName = 'delete' | 'authorize' | 'join' | 'change-groups' | 'modify-rule' | 'restore' | 'import';
export type Tab = 'A' | 'B';

/** What pressing OK came to: the write was done, or refused with the code the console showed. */
export type Outcome =
  { kind: 'done' } | { kind: 'refused'; code: string } | { kind: 'refused without a code'; text: string };

export interface TwoTabOp {
  name: OpName;
  park(page: Page): Promise<void>;
  open(page: Page, tab: Tab): Promise<Locator>;
  confirm(page: Page, dialog: Locator): Promise<Outcome>;
  /** Whether what this tab's write does is in the stored world. */
  effect(world: StoredWorld, tab: Tab): boolean;
}

/** An engine code as the console shows it: InvalidOperation.Conflict, InvalidSecurityGroupId.NotFound, ... */
const CODE = /\b(?:[A-Z][A-Za-z0-9]*\.)+[A-Z][A-Za-z0-9]*\b|\bDependencyViolation\b/;

const port = (base: number, tab: Tab) => base + (tab === 'A' ? 1 : 2);

/** How long OK may take to close the dialog or show a refusal: 20 s, or the soak's patience on a loaded machine. */
const SETTLE_MS = Math.max(20_000, Number(process.env.E2E_EXPECT_TIMEOUT ?? 0));

/** Presses OK (unless it is disabled) and waits for the dialog to close or to show an alert. */
async function settle(ok: Locator, dialog: Locator, done?: Locator): Promise<Outcome> {
  const alert = dialog.getByRole('alert');
  // A tab that caught up may have closed the dialog before OK: its page lost what the dialog was about.
  if (await dialog.isHidden()) return closedBeforeOk(dialog.page());
  if (await ok.isDisabled()) return refusal(dialog);
  await ok.click();
  // A refusal may also be shown next to a field (the rule editor's rows) rather than in an alert: after a while,
  // whatever the dialog says is read for a code.
  await expect(async () => {
    if (done ? await done.isVisible() : await dialog.isHidden()) return;
    if (await alert.first().isVisible()) return;
    throw new Error('OK has not settled yet');
  })
    .toPass({ timeout: SETTLE_MS })
    .catch(() => undefined);
  if (done ? await done.isVisible() : await dialog.isHidden()) return pageRefusal(dialog.page());
  return refusal(dialog);
}

/**
 * A dialog may also close because its page lost what it shows (the group was deleted in another tab): the page then
 * shows the engine's error instead, and that is the refusal the user sees.
 */
async function pageRefusal(page: Page): Promise<Outcome> {
  await page.waitForTimeout(500);
  for (const text of await page.getByRole('alert').allInnerTexts()) {
    const code = CODE.exec(text)?.[0];
    if (code) return { kind: 'refused', code };
  }
  return { kind: 'done' };
}

/** The dialog went before OK could be pressed: the page must say why, with the engine's code. */
async function closedBeforeOk(page: Page): Promise<Outcome> {
  const shown = await pageRefusal(page);
  if (shown.kind !== 'done') return shown;
  const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ').slice(0, 600);
  return { kind: 'refused without a code', text: `the dialog closed before OK; the page says: ${text}` };
}

/**
 * The code the refusal shows (it may take a moment to render); innerText leaves out Mantine's inline styles. A dialog
 * that closes meanwhile (a slow OK that went through after all) is read as its page.
 */
async function refusal(dialog: Locator): Promise<Outcome> {
  let text = '';
  for (let tries = 0; tries < 10; tries++) {
    if (await dialog.isHidden()) return pageRefusal(dialog.page());
    text = await dialog.innerText({ timeout: 2_000 }).catch(() => text);
    const code = CODE.exec(text)?.[0];
    if (code) return { kind: 'refused', code };
    await dialog.page().waitForTimeout(300);
  }
  return { kind: 'refused without a code', text: text.replace(/\s+/g, ' ').slice(0, 600) };
}

async function openTarget(page: Page) {
  await openGroup(page, TARGET);
}

const rulesOf = (world: StoredWorld, name: string) => groupNamed(world, name)?.Rules ?? [];
const idOf = (world: StoredWorld, name: string) => groupNamed(world, name)?.SecurityGroupId;

async function openChangeGroups(page: Page) {
  await page.getByRole('button', { name: 'Change Security Groups' }).click();
  return page.getByRole('dialog', { name: 'Change Security Groups' });
}

export const OPERATIONS: Record<OpName, TwoTabOp> = {
  delete: {
    name: 'delete',
    park: async (page) => {
      await page.goto('/cn-hangzhou/security-groups');
      await expect(page.getByRole('row', { name: new RegExp(TARGET) })).toBeVisible();
    },
    async open(page) {
      await page
        .getByRole('table', { name: 'Security groups' })
        .getByRole('row')
        .filter({ has: page.getByText(TARGET, { exact: true }) })
        .getByRole('button', { name: 'Delete' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Delete Security Group' });
      await expect(dialog.getByRole('listitem')).toContainText(/Deletable|Undeletable/);
      return dialog;
    },
    confirm: (_page, dialog) => settle(dialog.getByRole('button', { name: 'OK' }), dialog),
    effect: (world) => !groupNamed(world, TARGET),
  },
  authorize: {
    name: 'authorize',
    park: (page) => openGroup(page, 'prod-web-sg').then(() => undefined),
    async open(page, tab) {
      await page.getByRole('button', { name: 'Add Rule' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add Inbound Rule' });
      await dialog.getByLabel('Port Range, row 1').fill(`${port(9000, tab)}/${port(9000, tab)}`);
      await dialog.getByLabel('Authorization Type, row 1').click();
      await page.getByRole('option', { name: 'Security Group' }).click();
      await dialog.getByLabel('Source, row 1').click();
      await page.getByRole('option', { name: new RegExp(TARGET) }).click();
      return dialog;
    },
    confirm: (_page, dialog) => settle(dialog.getByRole('button', { name: 'Save' }), dialog),
    effect: (world, tab) =>
      rulesOf(world, 'prod-web-sg').some(
        (r) => r.PortRange === `${port(9000, tab)}/${port(9000, tab)}` && r.SourceGroupId === idOf(world, TARGET),
      ),
  },
  join: {
    name: 'join',
    park: (page) => openInstance(page, INSTANCE).then(() => undefined),
    async open(page) {
      const dialog = await openChangeGroups(page);
      await dialog.getByRole('button', { name: `Add ${TARGET}`, exact: true }).click();
      return dialog;
    },
    confirm: (_page, dialog) => settle(dialog.getByRole('button', { name: 'OK' }), dialog),
    effect: (world) => instanceGroupNames(world, INSTANCE).includes(TARGET),
  },
  'change-groups': {
    name: 'change-groups',
    park: (page) => openInstance(page, INSTANCE).then(() => undefined),
    async open(page) {
      const dialog = await openChangeGroups(page);
      await dialog.getByRole('button', { name: 'Add default-prod-vpc', exact: true }).click();
      await dialog.getByRole('button', { name: 'Remove prod-web-sg', exact: true }).click();
      return dialog;
    },
    confirm: (_page, dialog) => settle(dialog.getByRole('button', { name: 'OK' }), dialog),
    effect: (world) => {
      const names = instanceGroupNames(world, INSTANCE);
      return names.includes('default-prod-vpc') && !names.includes('prod-web-sg');
    },
  },
  'modify-rule': {
    name: 'modify-rule',
    park: openTarget,
    async open(page, tab) {
      await inbound(page)
        .getByRole('row', { name: /22\/22/ })
        .getByRole('button', { name: /^Modify rule/ })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Modify Inbound Rule' });
      await dialog.getByLabel('Description').fill(`Changed in tab ${tab}`);
      return dialog;
    },
    confirm: (_page, dialog) => settle(dialog.getByRole('button', { name: 'Save' }), dialog),
    effect: (world, tab) =>
      rulesOf(world, TARGET).some((r) => r.PortRange === '22/22' && r.Description === `Changed in tab ${tab}`),
  },
  restore: {
    name: 'restore',
    async park(page) {
      await openTarget(page);
      await page.getByRole('tab', { name: 'Snapshots' }).click();
      await expect(snapshotsTable(page).getByRole('row', { name: /Association/ })).toBeVisible();
    },
    async open(page) {
      await snapshotsTable(page)
        .getByRole('row', { name: /Association/ })
        .getByRole('button', { name: 'Restore Snapshot' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Restore Security Group' });
      await expect(dialog.getByRole('tab', { name: /^Inbound/ })).toBeVisible();
      return dialog;
    },
    confirm: (_page, dialog) => settle(dialog.getByRole('button', { name: 'OK' }), dialog),
    effect: (world) => rulesOf(world, TARGET).some((r) => r.IpProtocol === 'ICMP'),
  },
  import: {
    name: 'import',
    park: openTarget,
    async open(page, tab) {
      const rule = {
        Direction: 'ingress',
        IpProtocol: 'TCP',
        PortRange: `${port(8100, tab)}/${port(8100, tab)}`,
        SourceCidrIp: '10.9.0.0/16',
        Description: `Imported in tab ${tab}`,
      };
      await page.getByRole('button', { name: 'Import Security Group Rule' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import Security Group Rule' });
      const choosing = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: 'Select a file' }).click();
      const buffer = Buffer.from(JSON.stringify([rule]));
      await (await choosing).setFiles({ name: `tab-${tab}.json`, mimeType: 'application/json', buffer });
      await expect(dialog.getByRole('list', { name: 'Rows per class' })).toContainText('Ready: 1');
      return dialog;
    },
    async confirm(_page, dialog) {
      const done = dialog.getByRole('list', { name: 'Rows per class' }).getByText('Imported: 1');
      const outcome = await settle(dialog.getByRole('button', { name: 'Start' }), dialog, done);
      if (await dialog.isVisible()) await dialog.getByRole('button', { name: /Finish and Close|Cancel/ }).click();
      return outcome;
    },
    effect: (world, tab) => rulesOf(world, TARGET).some((r) => r.PortRange === `${port(8100, tab)}/${port(8100, tab)}`),
  },
};

/**
 * Whether B's write, done, may take away what A's did: deleting the group takes its rules along; a restore, or a
 * change of the same rule, replaces what its dialog showed, so it may only replace A's change if it was shown it.
 */
export function supersedes(b: OpName, a: OpName, informed: boolean): boolean {
  if (b === 'delete') return ['modify-rule', 'restore', 'import'].includes(a);
  if (b === 'restore') return informed && ['modify-rule', 'import'].includes(a);
  if (b === 'modify-rule') return informed && a === 'modify-rule';
  return false;
}
