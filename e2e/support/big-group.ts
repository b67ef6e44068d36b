import { expect, type Page } from '@playwright/test';

/** The console's `window.sgEngine`, as far as this step uses it. */
interface PageEngine {
  call(action: string, params: object): Promise<Record<string, unknown>>;
}

/** The engine takes at most this many rules a call (Alibaba's permissionsPerCall). */
const PER_CALL = 100;

/**
 * Creates a group named `name` in the region's first VPC with `count` inbound rules, rule n allowing TCP port
 * 1000 + n from 10.0.0.0/8 and described "rule n". Up to 100 rules go in through the engine (AuthorizeSecurityGroup,
 * the dialogs' own door). Alibaba's quota is 200 rules a group, and the engine refuses a rule past it; a bigger group
 * (one whose quota was raised in Quota Center) is written into the stored world as copies of those rules with their
 * own IDs, ports and descriptions, and the page reloads so the engine reads it. Resolves to the group's ID.
 */
export async function createBigGroup(page: Page, regionId: string, name: string, count: number): Promise<string> {
  await expect.poll(() => page.evaluate(() => 'sgEngine' in window)).toBe(true);
  const groupId = await page.evaluate(
    async ({ regionId, name, count, perCall }) => {
      const engine = (window as unknown as { sgEngine: PageEngine }).sgEngine;
      const vpcs = (await engine.call('DescribeVpcs', { RegionId: regionId })) as {
        Vpcs: { Vpc: { VpcId: string }[] };
      };
      const vpcId = vpcs.Vpcs.Vpc[0]?.VpcId;
      if (!vpcId) throw new Error(`No VPC in ${regionId}`);
      const group = (await engine.call('CreateSecurityGroup', {
        RegionId: regionId,
        VpcId: vpcId,
        SecurityGroupName: name,
      })) as { SecurityGroupId: string };
      const rule = (n: number) => ({
        IpProtocol: 'TCP',
        PortRange: `${1000 + n}/${1000 + n}`,
        SourceCidrIp: '10.0.0.0/8',
        Policy: 'accept',
        Priority: 1,
        Description: `rule ${n}`,
      });
      const first = Array.from({ length: Math.min(count, perCall) }, (_, k) => rule(k + 1));
      await engine.call('AuthorizeSecurityGroup', {
        RegionId: regionId,
        SecurityGroupId: group.SecurityGroupId,
        Permissions: first,
      });
      return group.SecurityGroupId;
    },
    { regionId, name, count, perCall: PER_CALL },
  );
  if (count > PER_CALL) {
    await writeRuleCopies(page, groupId, count);
    await page.reload();
  }
  return groupId;
}

/** Grows the stored group to `count` inbound rules, copies of its first with their own ID, port and description. */
async function writeRuleCopies(page: Page, groupId: string, count: number) {
  await page.evaluate(
    async ({ groupId, count }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sg-console');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      type Row = { id: string; rev: number; data: Record<string, unknown> };
      const tx = db.transaction(['securityGroups', 'meta'], 'readwrite');
      const get = (store: string, id: string) =>
        new Promise<Row>((resolve, reject) => {
          const request = tx.objectStore(store).get(id);
          request.onsuccess = () => resolve(request.result as Row);
          request.onerror = () => reject(request.error);
        });
      const row = await get('securityGroups', groupId);
      const rules = row.data.Rules as Record<string, unknown>[];
      const model = rules[0];
      if (!model) throw new Error(`${groupId} has no rule to copy`);
      for (let n = rules.length + 1; n <= count; n += 1) {
        const id = String(n).padStart(6, '0');
        rules.push({
          ...model,
          PortRange: `${1000 + n}/${1000 + n}`,
          Description: `rule ${n}`,
          SecurityGroupRuleId: `sgr-big${id}${groupId.slice(-10)}`,
        });
      }
      tx.objectStore('securityGroups').put({ ...row, rev: row.rev + 1 });
      // Like a commit of the engine's: the tables' revisions go up with the rows.
      const revisions = await get('meta', '~tableRevisions');
      const tables = { ...(revisions?.data ?? {}) } as Record<string, number>;
      tables.securityGroups = (tables.securityGroups ?? 0) + 1;
      tx.objectStore('meta').put({ id: '~tableRevisions', rev: (revisions?.rev ?? 0) + 1, data: tables });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { groupId, count },
  );
}
