import { expect, test, type Locator, type Page } from '@playwright/test';

const LIST = '/cn-hangzhou/security-groups';
const MANAGED = 'alicloud-cs-auto-created-security-group-prod';

const groupsTable = (page: Page) => page.getByRole('table', { name: 'Security groups' });
const groupRow = (page: Page, name: string) =>
  groupsTable(page)
    .getByRole('row')
    .filter({ has: page.getByText(name, { exact: true }) });
const basicInfo = (page: Page) => page.getByRole('region', { name: 'Basic Information' });

/** Opens a demo group's details page from the list, by the group's name. */
async function openGroup(page: Page, name: string): Promise<void> {
  await page.goto(LIST);
  await groupRow(page, name).getByRole('link', { name: /^sg-/ }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Creates an empty group through the Create Security Group dialog; returns its ID (the page opens on it). */
async function createGroup(page: Page, name: string): Promise<string> {
  await page.goto(LIST);
  await page.getByRole('button', { name: 'Create Security Group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Security Group' });
  await dialog.getByRole('radio', { name: 'Customize' }).check();
  await dialog.getByLabel('Security Group Name').fill(name);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  return /\/security-groups\/(sg-[^/?]+)/.exec(page.url())![1]!;
}

/** The entry of one group in the Delete Security Group dialog. */
function deleteEntry(dialog: Locator, groupId: string): Locator {
  return dialog.getByRole('listitem', { name: groupId });
}

test('Modify changes the name and description, and a bad name is refused and changes nothing', async ({ page }) => {
  await openGroup(page, 'prod-web-sg');
  await basicInfo(page).getByRole('button', { name: 'Modify', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Modify Security Group' });
  await dialog.getByLabel('Security Group Name').fill('prod-web-sg-renamed');
  await dialog.getByLabel('Description').fill('Public web tier, renamed');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'prod-web-sg-renamed' })).toBeVisible();
  await expect(basicInfo(page).getByText('Public web tier, renamed')).toBeVisible();

  await basicInfo(page).getByRole('button', { name: 'Modify', exact: true }).click();
  await dialog.getByLabel('Security Group Name').fill('1-not-a-name');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByText(/InvalidSecurityGroupName\.Malformed/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'prod-web-sg-renamed' })).toBeVisible();
  await expect(basicInfo(page).getByText('Public web tier, renamed')).toBeVisible();
  await expect(page.getByText('1-not-a-name')).toHaveCount(0);
});

test('Edit Tags adds, changes and removes tags in one save', async ({ page }) => {
  await openGroup(page, 'prod-web-sg');
  await expect(basicInfo(page).getByText('env:prod')).toBeVisible();
  await basicInfo(page).getByRole('button', { name: 'Edit Tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Tags' });
  await expect(dialog.getByLabel('Tag 1 key')).toHaveValue('env');
  await dialog.getByLabel('Tag 2 value').fill('frontend');
  await dialog.getByRole('button', { name: 'Remove tag 1' }).click();
  await dialog.getByRole('button', { name: 'Add Tag' }).click();
  await dialog.getByLabel('Tag 2 key').fill('owner');
  await dialog.getByLabel('Tag 2 value').fill('team-a');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  const tags = basicInfo(page);
  await expect(tags.getByText('app:frontend')).toBeVisible();
  await expect(tags.getByText('owner:team-a')).toBeVisible();
  await expect(tags.getByText('env:prod')).toHaveCount(0);
});

test('the internal access control policy of a basic group changes; an advanced group says why it cannot', async ({
  page,
}) => {
  await openGroup(page, 'prod-web-sg');
  await expect(basicInfo(page).getByText('Intra-group Connectivity')).toBeVisible();
  await basicInfo(page).getByRole('button', { name: 'Modify Internal Access Control Policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modify Internal Access Control Policy' });
  await dialog.getByRole('radio', { name: 'Internal Isolation' }).check();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(basicInfo(page).getByText('Internal Isolation')).toBeVisible();

  await openGroup(page, 'prod-mgmt-adv');
  await basicInfo(page).getByRole('button', { name: 'Modify Internal Access Control Policy' }).click();
  await expect(dialog.getByRole('alert')).toContainText('InvalidParameter.InnerAccessPolicy');
  await expect(dialog.getByRole('alert')).toContainText("can't be modified");
  await expect(dialog.getByRole('button', { name: 'OK' })).toBeDisabled();
});

test('deletion protection blocks deleting until it is turned off again', async ({ page }) => {
  const groupId = await createGroup(page, 'e2e-protected');
  const protection = basicInfo(page).getByRole('switch', { name: 'Deletion Protection' });
  await protection.click({ force: true });
  await expect(protection).toBeChecked();

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Security Group' });
  await expect(deleteEntry(dialog, groupId)).toContainText('Undeletable');
  await expect(deleteEntry(dialog, groupId)).toContainText('InvalidOperation.DeletionProtection');
  await expect(dialog.getByRole('button', { name: 'OK' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await protection.click({ force: true });
  const confirm = page.getByRole('dialog', { name: 'Disable Deletion Protection' });
  await confirm.getByRole('button', { name: 'OK' }).click();
  await expect(protection).not.toBeChecked();

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(deleteEntry(dialog, groupId)).toContainText('Deletable');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page).toHaveURL(new RegExp(`${LIST}$`));
  await expect(groupsTable(page).getByRole('link', { name: groupId })).toHaveCount(0);
});

test('a group with instances is Undeletable and the dialog lists what holds it', async ({ page }) => {
  await page.goto(LIST);
  await groupRow(page, 'prod-web-sg').getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Security Group' });
  await expect(dialog).toContainText(
    'Deleting a security group is an irreversible operation and permanently removes all rules in the security group.',
  );
  const entry = dialog.getByRole('listitem');
  await expect(entry).toContainText('Undeletable');
  await expect(entry).toContainText('DependencyViolation');
  await expect(entry).toContainText('web-01');
  await expect(entry).toContainText('web-02');
  await expect(entry).toContainText('prod-db-sg');
  await expect(entry.getByRole('button', { name: 'Force-delete' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'OK' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await groupRow(page, 'default-prod-vpc').getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('listitem')).toContainText('Undeletable');
  await expect(dialog.getByRole('listitem')).toContainText('win-jump-01');
});

test("a group held only by another group's rule is Force-deleted, and that rule goes with it", async ({ page }) => {
  const groupId = await createGroup(page, 'e2e-referenced');
  await openGroup(page, 'prod-web-sg');
  await page.getByRole('button', { name: 'Add Rule' }).click();
  const editor = page.getByRole('dialog', { name: 'Add Inbound Rule' });
  await editor.getByLabel('Port Range, row 1').fill('9000/9000');
  await editor.getByLabel('Authorization Type, row 1').click();
  await page.getByRole('option', { name: 'Security Group' }).click();
  await editor.getByLabel('Source, row 1').click();
  await page.getByRole('option', { name: /e2e-referenced/ }).click();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const inbound = page.getByRole('table', { name: 'Inbound rules' });
  await expect(inbound.getByRole('row', { name: /9000\/9000/ })).toBeVisible();

  await page.goto(LIST);
  await groupRow(page, 'e2e-referenced').getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Security Group' });
  const entry = deleteEntry(dialog, groupId);
  await expect(entry).toContainText('Undeletable');
  await expect(entry).toContainText('DependencyViolation');
  await expect(entry).toContainText('prod-web-sg');
  await expect(entry).toContainText('Force-delete also removes the rules');
  await expect(dialog.getByRole('button', { name: 'OK' })).toBeDisabled();
  await entry.getByRole('button', { name: 'Force-delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(groupsTable(page).getByRole('link', { name: groupId })).toHaveCount(0);

  await openGroup(page, 'prod-web-sg');
  await expect(inbound.getByRole('row').first()).toBeVisible();
  await expect(inbound.getByRole('row', { name: /9000\/9000/ })).toHaveCount(0);
});

test('several selected groups are deleted at once; an undeletable one among them stays', async ({ page }) => {
  const first = await createGroup(page, 'e2e-delete-a');
  const second = await createGroup(page, 'e2e-delete-b');
  await page.goto(LIST);
  await page.getByRole('checkbox', { name: `Select ${first}` }).check();
  await page.getByRole('checkbox', { name: `Select ${second}` }).check();
  await groupRow(page, 'prod-web-sg').getByRole('checkbox').check();
  await page.getByRole('toolbar').getByRole('button', { name: 'Delete' }).click();

  const dialog = page.getByRole('dialog', { name: 'Delete Security Group' });
  await expect(dialog.getByRole('listitem')).toHaveCount(3);
  await expect(deleteEntry(dialog, first)).toContainText('Deletable');
  await expect(deleteEntry(dialog, second)).toContainText('Deletable');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'prod-web-sg' })).toContainText('Undeletable');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(groupRow(page, 'prod-web-sg')).toHaveCount(1);
  await expect(groupsTable(page).getByRole('link', { name: first })).toHaveCount(0);
  await expect(groupsTable(page).getByRole('link', { name: second })).toHaveCount(0);
});

test('a managed group can only be viewed', async ({ page }) => {
  await openGroup(page, MANAGED);
  const info = basicInfo(page);
  await expect(
    info.getByText('This security group is managed by a cloud service and can only be viewed.'),
  ).toBeVisible();
  await expect(info).toContainText('InvalidOperation.ResourceManagedByCloudProduct');
  for (const name of ['Modify', 'Edit Tags', 'Modify Internal Access Control Policy']) {
    await expect(info.getByRole('button', { name, exact: true })).toBeDisabled();
  }
  await expect(info.getByRole('switch', { name: 'Deletion Protection' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();

  await page.goto(LIST);
  await groupRow(page, MANAGED).getByRole('button', { name: 'Delete' }).click();
  const entry = page.getByRole('dialog', { name: 'Delete Security Group' }).getByRole('listitem');
  await expect(entry).toContainText('Undeletable');
  await expect(entry).toContainText('InvalidOperation.ResourceManagedByCloudProduct');
});
