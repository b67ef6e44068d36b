import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.ts';
import { createEngine, emptyWorld, type Engine } from './engine.ts';
import { MemoryDatabase } from './memory-storage.ts';
import type { SecurityGroup } from './model/security-group.ts';
import { expectCode } from './test/expect-code.ts';

/**
 * Two tabs on one storage, the second one stale (its change notices lost, as a slow or dying tab's are). An action
 * that decides on rows it only reads must be refused when another tab changed them meanwhile: otherwise both commits
 * land and the world ends inconsistent (a rule naming a deleted group, a member of a deleted group).
 */
const R = 'cn-hangzhou';
const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

async function twoTabs() {
  const database = new MemoryDatabase();
  const tabA = await createEngine({ storage: database.connect(), idSeed: 'skew', clock: createManualClock() });
  const { VpcId } = await tabA.call('CreateVpc', { RegionId: R, CidrBlock: '172.16.0.0/12' });
  const { VSwitchId } = await tabA.call('CreateVSwitch', {
    RegionId: R,
    VpcId,
    ZoneId: 'cn-hangzhou-h',
    CidrBlock: '172.16.1.0/24',
  });
  const group = async () => (await tabA.call('CreateSecurityGroup', { RegionId: R, VpcId })).SecurityGroupId;
  const target = await group();
  const other = await group();
  const run = await tabA.call('RunInstances', { RegionId: R, VSwitchId, ImageId: IMAGE, SecurityGroupIds: [other] });
  const instanceId = run.InstanceIdSets.InstanceIdSet[0]!;
  const tabB = await createEngine({ storage: database.connect(), idSeed: 'skew', clock: createManualClock() });
  // From here on tab B hears nothing of tab A's commits.
  (database.connections as Set<unknown>).clear();
  return { database, tabA, tabB, target, other, instanceId };
}

const storedGroups = (database: MemoryDatabase) =>
  [...database.tables.get('securityGroups')!.values()].map((row) => row.data as SecurityGroup);

const deleteGroup = (engine: Engine, SecurityGroupId: string) =>
  engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId });

describe('write skew between two tabs', () => {
  it('a rule naming a group another tab deleted is refused, so no rule dangles', async () => {
    const { database, tabA, tabB, target, other } = await twoTabs();
    await deleteGroup(tabA, target);
    await expectCode(
      tabB.call('AuthorizeSecurityGroup', {
        RegionId: R,
        SecurityGroupId: other,
        Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourceGroupId: target }],
      }),
      'InvalidOperation.Conflict',
    );
    const names = storedGroups(database).flatMap((g) => g.Rules.map((r) => r.SourceGroupId));
    expect(names).not.toContain(target);
    // Reloaded, tab B now sees the group gone and says so.
    await expectCode(
      tabB.call('AuthorizeSecurityGroup', {
        RegionId: R,
        SecurityGroupId: other,
        Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourceGroupId: target }],
      }),
      'InvalidSourceGroupId.NotFound',
    );
  });

  it('deleting a group is refused when another tab has put an instance in it meanwhile', async () => {
    const { database, tabA, tabB, target, other, instanceId } = await twoTabs();
    await tabA.call('JoinSecurityGroup', { RegionId: R, SecurityGroupId: target, InstanceId: instanceId });
    await expectCode(deleteGroup(tabB, target), 'InvalidOperation.Conflict');
    expect(storedGroups(database).map((g) => g.SecurityGroupId)).toEqual(expect.arrayContaining([target, other]));
  });

  it('joining a group another tab deleted is refused, so no interface holds a missing group', async () => {
    const { database, tabA, tabB, target, instanceId } = await twoTabs();
    await deleteGroup(tabA, target);
    await expectCode(
      tabB.call('JoinSecurityGroup', { RegionId: R, SecurityGroupId: target, InstanceId: instanceId }),
      'InvalidOperation.Conflict',
    );
    const members = [...database.tables.get('networkInterfaces')!.values()].flatMap(
      (row) => (row.data as { SecurityGroupIds: string[] }).SecurityGroupIds,
    );
    expect(members).not.toContain(target);
  });

  it('a change of another table, or of rows the action never read, does not stop it', async () => {
    const { tabA, tabB, other } = await twoTabs();
    await tabA.call('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/8' });
    await tabB.call('ModifySecurityGroupAttribute', { RegionId: R, SecurityGroupId: other, SecurityGroupName: 'ok' });
  });
});

describe('a tab that missed change notices', () => {
  it('resets the stored world, not its stale copy: rows another tab added are removed too', async () => {
    const { database, tabA, tabB } = await twoTabs();
    await tabA.call('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/8' });
    await tabB.resetWorld(emptyWorld);
    expect(database.tables.get('vpcs')!.size).toBe(0);
    expect(database.tables.get('securityGroups')!.size).toBe(0);
  });

  it('catches up when asked (the console asks on focus), and says whether anything moved', async () => {
    const { tabA, tabB } = await twoTabs();
    expect(await tabB.catchUp()).toBe(false);
    const { VpcId } = await tabA.call('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/8' });
    const heard = new Promise((resolve) => tabB.subscribe(resolve));
    expect(await tabB.catchUp()).toBe(true);
    expect(await heard).toMatchObject({ external: true, tables: expect.arrayContaining(['vpcs']) });
    const vpcs = await tabB.call('DescribeVpcs', { RegionId: R });
    expect(vpcs.Vpcs.Vpc.map((v) => v.VpcId)).toContain(VpcId);
    expect(await tabB.catchUp()).toBe(false);
  });
});
