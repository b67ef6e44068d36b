import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { dropChangeNotices } from '../support/change-notices.ts';
import { countFromEnv, recordSoak } from '../support/soak-record.ts';
import { associateGroup, createPolicy, inbound, openGroup } from '../support/snapshot-steps.ts';
import { danglingReferences, readStoredWorld } from '../support/stored-world.ts';
import { OPERATIONS, supersedes, TARGET, type OpName, type Outcome } from '../support/two-tab-operations.ts';

/**
 * Two tabs of one browser race with the writes of support/two-tab-operations.ts: tab A writes first; tab B's dialog
 * was opened before A's commit or after it; tab B never hears change notices (it may catch up when focused).
 * Whatever the order:
 * no write silently undoes another, no rule or interface points at a group that is gone, and every refusal shows
 * the engine's code. INTERLEAVINGS of the table are run (CI: 4, spread over it; `npm run soak`: all of them).
 */
type Timing = 'B opened before A committed' | 'B opened after A committed';
/** Tab B never hears change notices; it may still catch up when it is focused again, after A's commit. */
type CatchUp = 'B focused again' | 'B not focused';
interface Interleaving {
  a: OpName;
  b: OpName;
  timing: Timing;
  catchUp: CatchUp;
}

const NAMES = Object.keys(OPERATIONS) as OpName[];
/** Pairs where B could not even try after A (the group is gone, the instance is already in it). */
const SAME_TARGET = new Set<OpName>(['delete', 'join', 'change-groups']);
const TABLE: Interleaving[] = NAMES.flatMap((a) =>
  NAMES.filter((b) => a !== b || !SAME_TARGET.has(a)).flatMap((b) =>
    (['B opened before A committed', 'B opened after A committed'] as const).flatMap((timing) =>
      (['B not focused', 'B focused again'] as const).map((catchUp) => ({ a, b, timing, catchUp })),
    ),
  ),
);

const describe = (s: Interleaving) => `${s.a} then ${s.b}, ${s.timing}, ${s.catchUp}`;
/** INTERLEAVINGS_ONLY (a regular expression on the description above) replays some rows of the table. */
const only = process.env.INTERLEAVINGS_ONLY ? new RegExp(process.env.INTERLEAVINGS_ONLY) : null;
const rows = only ? TABLE.filter((s) => only.test(describe(s))) : TABLE;
const COUNT = Math.min(countFromEnv('INTERLEAVINGS', 4), rows.length);
const chosen = Array.from({ length: COUNT }, (_, i) => rows[Math.floor((i * rows.length) / COUNT)]!);
const CHUNK = Math.max(1, Math.min(12, Math.ceil(COUNT / 2)));

/** The demo world again, with TARGET made from the Web Server Linux template (and its snapshot if needed). */
async function resetWorld(home: Page, withSnapshot: boolean) {
  await home.goto('/cn-hangzhou/security-groups');
  await home.getByRole('button', { name: 'World' }).click();
  await home.getByRole('menuitem', { name: 'Reset to demo world' }).click();
  const confirm = home.getByRole('dialog', { name: 'Reset to demo world' });
  await confirm.getByRole('button', { name: 'Reset' }).click();
  await expect(confirm).toBeHidden();
  await home.getByRole('button', { name: 'Create Security Group' }).click();
  const create = home.getByRole('dialog', { name: 'Create Security Group' });
  await create.getByRole('radio', { name: 'Web Server Linux' }).check();
  await create.getByLabel('Security Group Name').fill(TARGET);
  await create.getByRole('button', { name: 'OK' }).click();
  await expect(home.getByRole('heading', { name: TARGET })).toBeVisible();
  if (!withSnapshot) return;
  await createPolicy(home, 'race-backup');
  await associateGroup(home, 'race-backup', TARGET);
  await openGroup(home, TARGET);
  await inbound(home)
    .getByRole('row', { name: /ICMP/ })
    .getByRole('button', { name: /^Delete rule/ })
    .click();
  const remove = home.getByRole('dialog', { name: 'Delete Security Group Rule' });
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toBeHidden();
}

/** An error's first lines without terminal colours: what failed and on which locator. */
const plain = (error: unknown) =>
  String(error instanceof Error ? error.message : error)
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter(Boolean)
    .slice(0, 3)
    .join(' / ');

interface Result extends Interleaving {
  description: string;
  outcomeB: Outcome['kind'] | 'not offered';
  code?: string;
  problems: string[];
}

async function run(context: BrowserContext, home: Page, step: Interleaving): Promise<Result> {
  const started = Date.now();
  const lap = (what: string) => console.log(`  ${what} at ${Date.now() - started} ms`);
  const opA = OPERATIONS[step.a];
  const opB = OPERATIONS[step.b];
  await resetWorld(home, step.a === 'restore' || step.b === 'restore');
  lap('world reset');
  const tabs = { A: await context.newPage(), B: await context.newPage() };
  await dropChangeNotices(tabs.B);
  await opA.park(tabs.A);
  await opB.park(tabs.B);
  lap('tabs parked');
  const before = step.timing === 'B opened before A committed';
  // B informed: its dialog was opened on a world that already had A's write.
  const informed = !before && step.catchUp === 'B focused again';
  const problems: string[] = [];

  let dialogB = before ? await opB.open(tabs.B, 'B') : null;
  const outcomeA = await opA.confirm(tabs.A, await opA.open(tabs.A, 'A'));
  if (outcomeA.kind !== 'done') problems.push(`A's ${step.a}, first, was refused: ${JSON.stringify(outcomeA)}`);
  if (step.catchUp === 'B focused again') {
    await tabs.B.bringToFront();
    await tabs.B.evaluate(() => window.dispatchEvent(new Event('focus')));
    await tabs.B.waitForTimeout(1_000);
  }

  if (!dialogB) {
    // A tab that heard of A's write may no longer offer B's (the group is gone): that is a refusal too.
    dialogB = await opB.open(tabs.B, 'B').catch((error: unknown) => {
      if (!informed) throw error;
      return null;
    });
  }
  const outcomeB: Outcome | { kind: 'not offered' } = dialogB
    ? await opB.confirm(tabs.B, dialogB)
    : { kind: 'not offered' };
  if (outcomeB.kind === 'refused without a code') problems.push(`B was refused without a code: ${outcomeB.text}`);

  lap('B confirmed');
  const world = await readStoredWorld(home);
  problems.push(...danglingReferences(world));
  const doneB = outcomeB.kind === 'done';
  if (!opA.effect(world, 'A') && !(doneB && supersedes(step.b, step.a, informed))) {
    problems.push(`A's ${step.a} was lost after B's ${step.b} (${outcomeB.kind})`);
  }
  if (doneB && !opB.effect(world, 'B')) problems.push(`B's ${step.b} was reported done but is not stored`);
  const sameEffect = step.a === step.b && !['authorize', 'modify-rule', 'import'].includes(step.a);
  if (!doneB && !sameEffect && opB.effect(world, 'B')) {
    problems.push(`B's ${step.b} was refused but stored`);
  }
  await tabs.A.close();
  await tabs.B.close();
  return {
    ...step,
    description: describe(step),
    outcomeB: outcomeB.kind,
    ...('code' in outcomeB ? { code: outcomeB.code } : {}),
    problems,
  };
}

// Each interleaving resets the world and opens two tabs: several seconds each (a minute on a loaded machine, where
// npm run soak's E2E_EXPECT_TIMEOUT gives actions more patience too).
test.use({ actionTimeout: Math.max(15_000, Number(process.env.E2E_EXPECT_TIMEOUT ?? 0)) });

for (let start = 0; start < chosen.length; start += CHUNK) {
  const steps = chosen.slice(start, start + CHUNK);
  const label = `${start + 1}-${start + steps.length} of ${COUNT}`;
  test(`two tabs racing (interleavings ${label}) lose nothing and leave no dangling reference`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(60_000 + steps.length * 90_000);
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const home = await context.newPage();
    const results: Result[] = [];
    for (const step of steps) {
      try {
        results.push(await run(context, home, step));
      } catch (error) {
        results.push({
          ...step,
          description: describe(step),
          outcomeB: 'not offered',
          problems: [`the driver failed: ${plain(error)}`],
        });
        for (const page of context.pages()) if (page !== home) await page.close();
      }
    }
    await context.close();
    const clean = results.filter((r) => r.problems.length === 0).length;
    const refused = results.filter((r) => r.outcomeB !== 'done').length;
    recordSoak(
      testInfo,
      `interleavings-${start + 1}-${start + steps.length}`,
      `two-tab interleavings ${label}: ${clean}/${results.length} without loss or dangling reference ` +
        `(B refused or not offered in ${refused}, of ${TABLE.length} in the table)`,
      { tried: results.length, withoutLoss: clean, table: TABLE.length, results },
    );
    expect(results.filter((r) => r.problems.length > 0)).toEqual([]);
  });
}
