import { expect, test, type Page } from '@playwright/test';
import { createBigGroup } from '../support/big-group.ts';

// Building the group and walking 1,000 rows takes a while on a loaded machine: a hang detector, not a speed check.
test.describe.configure({ timeout: 90_000 });

const REGION = 'cn-hangzhou';
/** The windowed table renders a screenful and its overscan: far fewer rows than 1,000. */
const MOST_ROWS_IN_DOM = 100;

async function openBigGroup(page: Page) {
  await page.goto('/');
  const groupId = await createBigGroup(page, REGION, 'big-1000-sg', 1000);
  await page.goto(`/alibaba/${REGION}/security-groups/${groupId}/rules/ingress`);
  const table = page.getByRole('table', { name: 'Inbound rules' });
  await expect(table.getByRole('row', { name: /rule 1\b/ }).first()).toBeVisible();
  return { groupId, table, box: page.getByRole('region', { name: 'Inbound rules, scrollable' }) };
}

const scrollToEnd = (box: ReturnType<Page['getByRole']>) => box.evaluate((el) => el.scrollTo(0, el.scrollHeight));

test('a 1,000-rule table renders a window of rows, tells screen readers all 1,001, and scrolls to the last rule', async ({
  page,
}) => {
  const { table, box } = await openBigGroup(page);
  await expect(page.getByRole('tab', { name: 'Inbound (1000)' })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '1001'); // the header row and 1,000 rules
  const rows = table.getByRole('row');
  expect(await rows.count()).toBeLessThan(MOST_ROWS_IN_DOM);
  await expect(rows.nth(1)).toHaveAttribute('aria-rowindex', '2');
  await expect(rows.nth(1)).toContainText('1001/1001');

  await scrollToEnd(box);
  const last = table.getByRole('row', { name: /rule 1000\b/ });
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-rowindex', '1001');
  await expect(last).toContainText('2000/2000');
  expect(await rows.count()).toBeLessThan(MOST_ROWS_IN_DOM);
  await expect(table.getByRole('row', { name: /rule 1\b/ })).toHaveCount(0);
});

test('filters search all 1,000 rules, not only the rendered ones', async ({ page }) => {
  const { table } = await openBigGroup(page);
  await page.getByLabel('Search rules').fill('rule 987');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('1987/1987');
  // Few rows: every row rendered again, no row count needed.
  await expect(table).not.toHaveAttribute('aria-rowcount', /.*/);
  await page.getByLabel('Search rules').fill('');
  await page.getByLabel('Filter by port').fill('1642');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('rule 642');
  await page.getByLabel('Filter by port').fill('');
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
});

test('rules keep the cloud order across all rows: a rule moved to a later priority goes to the end', async ({
  page,
}) => {
  const { groupId, table, box } = await openBigGroup(page);
  await page.evaluate(
    async ({ regionId, groupId }) => {
      const engine = (window as unknown as { sgEngine: { call(a: string, p: object): Promise<unknown> } }).sgEngine;
      const group = (await engine.call('DescribeSecurityGroupAttribute', {
        RegionId: regionId,
        SecurityGroupId: groupId,
        MaxResults: 10,
      })) as { Permissions: { Permission: { SecurityGroupRuleId: string; Description: string }[] } };
      const first = group.Permissions.Permission.find((r) => r.Description === 'rule 1');
      await engine.call('ModifySecurityGroupRule', {
        RegionId: regionId,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: first?.SecurityGroupRuleId,
        Priority: 100,
      });
    },
    { regionId: REGION, groupId },
  );
  await expect(table.getByRole('row').nth(1)).toContainText('rule 2');
  await scrollToEnd(box);
  await expect(table.getByRole('row', { name: /rule 1\b/ })).toHaveAttribute('aria-rowindex', '1001');
});

test('the last of 1,000 rules is modified from its row (its dialog finds it past the first page of rules)', async ({
  page,
}) => {
  const { table, box } = await openBigGroup(page);
  await scrollToEnd(box);
  await table
    .getByRole('row', { name: /rule 1000\b/ })
    .getByRole('button', { name: /^Modify rule/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Modify Inbound Rule' });
  await dialog.getByLabel('Description').fill('rule 1000, reviewed');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /rule 1000, reviewed/ })).toHaveAttribute('aria-rowindex', '1001');
});

test('select all selects every rule, a row scrolled to keeps its checkbox, and Delete counts and deletes them', async ({
  page,
}) => {
  const { table, box } = await openBigGroup(page);
  await page.getByRole('checkbox', { name: 'Select all rules' }).check();
  await expect(page.getByRole('button', { name: 'Delete selected rules (1000)' })).toBeEnabled();
  await scrollToEnd(box);
  await table
    .getByRole('row', { name: /rule 1000\b/ })
    .getByRole('checkbox')
    .uncheck();
  await expect(page.getByRole('button', { name: 'Delete selected rules (999)' })).toBeEnabled();
  await expect(page.getByRole('checkbox', { name: 'Select all rules' })).not.toBeChecked();

  await page.getByRole('button', { name: 'Delete selected rules (999)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Security Group Rule' });
  await expect(dialog).toContainText('the following 999 inbound rules');
  // The dialog's list is windowed too.
  const toDelete = dialog.getByRole('table', { name: 'Rules to delete' });
  await expect(toDelete).toHaveAttribute('aria-rowcount', '1000');
  expect(await toDelete.getByRole('row').count()).toBeLessThan(MOST_ROWS_IN_DOM);
  // 999 rule IDs are more than a call takes (100): the console revokes them in batches, all or none.
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Inbound (1)' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('rule 1000');
});

test('a focused checkbox scrolled out of view stays rendered and focused: Space still selects its rule', async ({
  page,
}) => {
  const { table, box } = await openBigGroup(page);
  const second = table.getByRole('row', { name: /rule 2\b/ }).getByRole('checkbox');
  await second.focus();
  await scrollToEnd(box);
  await expect(table.getByRole('row', { name: /rule 1000\b/ })).toBeVisible();
  await expect(second).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Delete selected rules (1)' })).toBeEnabled();
  await expect(second).toBeChecked();
});

test('the Instances and Network Interfaces lists page by 20, as the console does', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => 'sgEngine' in window)).toBe(true);
  const totals = await page.evaluate(async (regionId) => {
    const engine = (window as unknown as { sgEngine: { call(a: string, p: object): Promise<unknown> } }).sgEngine;
    const instances = (await engine.call('DescribeInstances', { RegionId: regionId, PageSize: 1 })) as {
      Instances: { Instance: { ImageId: string; VpcAttributes: { VSwitchId: string } }[] };
    };
    const model = instances.Instances.Instance[0];
    if (!model) throw new Error(`No instance in ${regionId}`);
    await engine.call('RunInstances', {
      RegionId: regionId,
      VSwitchId: model.VpcAttributes.VSwitchId,
      ImageId: model.ImageId,
      InstanceName: 'paged-',
      UniqueSuffix: true,
      Amount: 25,
    });
    const count = async (action: string) =>
      ((await engine.call(action, { RegionId: regionId, PageNumber: 1, PageSize: 1 })) as { TotalCount: number })
        .TotalCount;
    return { instances: await count('DescribeInstances'), interfaces: await count('DescribeNetworkInterfaces') };
  }, REGION);

  for (const [path, table, pages, total] of [
    ['instances', 'Instances', 'Instance pages', totals.instances],
    ['network-interfaces', 'Network interfaces', 'Network interface pages', totals.interfaces],
  ] as const) {
    await page.goto(`/alibaba/${REGION}/${path}`);
    const rows = page.getByRole('table', { name: table }).getByRole('row');
    await expect(rows).toHaveCount(21); // the header and 20 of them
    await page.getByLabel(pages).getByRole('button', { name: '2', exact: true }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(rows).toHaveCount(Math.min(20, total - 20) + 1);
  }
});

test('the effective rules of an interface with 800 rules render a window and scroll to the closing default', async ({
  page,
}) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => 'sgEngine' in window)).toBe(true);
  // Built through the engine alone: four groups of 200 rules (Alibaba's quota) on one instance, 800 of its 1,000.
  const instanceId = await page.evaluate(async (regionId) => {
    const engine = (window as unknown as { sgEngine: { call(a: string, p: object): Promise<unknown> } }).sgEngine;
    const instances = (await engine.call('DescribeInstances', { RegionId: regionId, PageSize: 1 })) as {
      Instances: { Instance: { ImageId: string; VpcAttributes: { VpcId: string; VSwitchId: string } }[] };
    };
    const model = instances.Instances.Instance[0];
    if (!model) throw new Error(`No instance in ${regionId}`);
    const group = async (name: string) =>
      (
        (await engine.call('CreateSecurityGroup', {
          RegionId: regionId,
          VpcId: model.VpcAttributes.VpcId,
          SecurityGroupName: name,
        })) as { SecurityGroupId: string }
      ).SecurityGroupId;
    const run = (await engine.call('RunInstances', {
      RegionId: regionId,
      VSwitchId: model.VpcAttributes.VSwitchId,
      ImageId: model.ImageId,
      InstanceName: 'many-rules',
      SecurityGroupId: await group('effective-0'),
    })) as { InstanceIdSets: { InstanceIdSet: string[] } };
    const instanceId = run.InstanceIdSets.InstanceIdSet[0];
    for (let g = 1; g <= 4; g += 1) {
      const groupId = await group(`effective-${g}`);
      for (let call = 0; call < 2; call += 1) {
        await engine.call('AuthorizeSecurityGroup', {
          RegionId: regionId,
          SecurityGroupId: groupId,
          Permissions: Array.from({ length: 100 }, (_, k) => {
            const port = 10000 + g * 1000 + call * 100 + k;
            return { IpProtocol: 'TCP', PortRange: `${port}/${port}`, SourceCidrIp: '10.0.0.0/8', Priority: 1 };
          }),
        });
      }
      await engine.call('JoinSecurityGroup', { RegionId: regionId, InstanceId: instanceId, SecurityGroupId: groupId });
    }
    return instanceId;
  }, REGION);

  await page.goto(`/alibaba/${REGION}/instances/${instanceId}`);
  await page.getByRole('tab', { name: 'Effective Rules' }).click();
  const table = page.getByRole('table', { name: 'Effective inbound rules' });
  await expect(table.getByRole('row').nth(1)).toContainText('effective-1');
  const count = Number(await table.getAttribute('aria-rowcount'));
  expect(count).toBeGreaterThan(800); // the header, 800 rules and the defaults
  expect(await table.getByRole('row').count()).toBeLessThan(MOST_ROWS_IN_DOM);
  await page
    .getByRole('region', { name: 'Effective inbound rules, scrollable' })
    .evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = table.getByRole('row').last();
  await expect(last).toContainText('BasicDefaultIngressDeny');
  await expect(last).toHaveAttribute('aria-rowindex', String(count));
});
