import { expect, test, type Page } from '@playwright/test';
import {
  SCHEMA_VERSIONS,
  goldenDatabase,
  openBlankPage,
  releaseDatabase,
  writeGoldenDatabase,
} from '../support/golden-databases.ts';
import { changeGroups, groupNames, openInstance } from '../support/interface-steps.ts';
import { createPolicy, inbound, openGroup, policyRow } from '../support/snapshot-steps.ts';

/**
 * Upgrades in Chromium: a world stored by every schema version so far opens in today's build, keeps what it held,
 * and takes every kind of change; a tab of an older build holding the database open makes the new one say so.
 */

const groupsTable = (page: Page) => page.getByRole('table', { name: 'Security groups' });

async function addInboundRule(page: Page, port: string, description: string) {
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Port Range, row 1').fill(port);
  await editor.getByLabel('Source, row 1').fill('10.0.0.0/8');
  await editor.getByLabel('Description, row 1').fill(description);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

async function createCustomGroup(page: Page, name: string) {
  await page.goto('/alibaba/cn-hangzhou/security-groups');
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  const create = page.getByRole('dialog', { name: 'Create Security Group' });
  await create.getByRole('radio', { name: 'Customize' }).check();
  await create.getByLabel('Security Group Name').fill(name);
  await create.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

for (const version of SCHEMA_VERSIONS) {
  test(`a world stored by schema version ${version} opens in today's build, keeps its records and takes changes`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const golden = goldenDatabase(version);
    await openBlankPage(page);
    await writeGoldenDatabase(page, golden);

    // Everything it held is there: groups, instances and their groups, vSwitches, snapshot policies, lists.
    await page.goto('/alibaba/cn-hangzhou/security-groups');
    const names = (golden.stores.securityGroups ?? [])
      .map((row) => row.data as { RegionId: string; SecurityGroupName: string })
      .filter((g) => g.RegionId === 'cn-hangzhou')
      .map((g) => g.SecurityGroupName);
    // Opening runs the migrations and the due snapshot work of the months since: give it time on a busy machine.
    await expect(groupsTable(page)).toBeVisible({ timeout: 30_000 });
    for (const name of names) await expect(groupsTable(page)).toContainText(name);
    await page.goto('/alibaba/cn-hangzhou/vpcs');
    await expect(page.getByRole('table').first()).toContainText('prod-vpc');
    if (version >= 3) {
      await page.goto('/alibaba/cn-hangzhou/security-group-snapshots');
      await expect(policyRow(page, 'golden-backup')).toBeVisible();
    }
    await page.goto('/alibaba/cn-hangzhou/prefix-lists');
    if (version >= 4) await expect(page.getByRole('table').first()).toContainText('golden-office');
    else await expect(page.getByRole('table').first()).not.toContainText('golden-office');

    // Changes of every kind: a rule, a group, an instance's groups, a snapshot policy on the migrated stores.
    await openGroup(page, 'prod-web-sg');
    await addInboundRule(page, '9443/9443', `added after upgrade from v${version}`);
    await createCustomGroup(page, `after-upgrade-v${version}`);
    await openInstance(page, 'web-01');
    await changeGroups(page, { add: ['prod-db-sg'] });
    await expect.poll(() => groupNames(page)).toEqual(['prod-db-sg', 'prod-web-sg']);
    if (version < 3) await createPolicy(page, `after-upgrade-v${version}`);
    if (version >= 4) {
      await openGroup(page, 'prod-db-sg');
      await expect(inbound(page).getByRole('row', { name: /golden prefix list/ })).toBeVisible();
    }

    // All of it is stored.
    await openInstance(page, 'web-01');
    await page.reload();
    expect(await groupNames(page)).toEqual(['prod-db-sg', 'prod-web-sg']);
    await openGroup(page, 'prod-web-sg');
    await expect(
      inbound(page).getByRole('row', { name: new RegExp(`added after upgrade from v${version}`) }),
    ).toBeVisible();
    await page.goto('/alibaba/cn-hangzhou/security-groups');
    await expect(groupsTable(page)).toContainText(`after-upgrade-v${version}`);
  });
}

test('a tab of an older build holding the database open: the new one says what blocks it, then goes on', async ({
  context,
}) => {
  const old = await context.newPage();
  await openBlankPage(old);
  await writeGoldenDatabase(old, goldenDatabase(3), { hold: true });

  const page = await context.newPage();
  await page.goto('/alibaba/cn-hangzhou/security-groups');
  const blocked = page.getByRole('alert').filter({ hasText: 'Another SG Console tab uses an older storage version' });
  await expect(blocked).toBeVisible({ timeout: 5_000 });
  await expect(blocked).toContainText('Close or reload the other SG Console tabs');

  await releaseDatabase(old);
  await expect(groupsTable(page)).toContainText('prod-web-sg');
  await expect(blocked).toBeHidden();
});
