import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.ts';
import { createEngine, emptyWorld, type EngineChange } from './engine.ts';
import { demoWorld } from './seeds/demo-world.ts';
import { MemoryDatabase } from './memory-storage.ts';
import { expectCode } from './test/expect-code.ts';
import { emptyWorldWithVpc } from './test/fixtures.ts';

const groupCount = async (engine: Awaited<ReturnType<typeof createEngine>>) =>
  (await engine.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou' })).TotalCount;

describe('createEngine', () => {
  it('answers an unknown action with InvalidAction.NotFound', async () => {
    const engine = await createEngine({ world: emptyWorld });
    await expectCode(engine.call('LaunchRocket' as never, {} as never), 'InvalidAction.NotFound');
  });

  it('starts a new storage with the seed it is given, the same for the same ID seed', async () => {
    const a = await createEngine({ world: demoWorld, idSeed: 'demo', clock: createManualClock() });
    const b = await createEngine({ world: demoWorld, idSeed: 'demo', clock: createManualClock() });
    const listA = await a.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou' });
    const listB = await b.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou' });
    expect(listA.TotalCount).toBeGreaterThanOrEqual(3);
    expect(listA.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId)).toEqual(
      listB.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId),
    );
    const instances = await a.call('DescribeInstances', { RegionId: 'cn-hangzhou' });
    expect(instances.TotalCount).toBeGreaterThanOrEqual(4);
  });

  it('keeps the world of a storage that is already initialised', async () => {
    const database = new MemoryDatabase();
    const first = await createEngine({ storage: database.connect(), world: emptyWorld });
    await first.call('CreateVpc', { RegionId: 'cn-hangzhou' });
    const reopened = await createEngine({ storage: database.connect(), world: demoWorld });
    const vpcs = await reopened.call('DescribeVpcs', { RegionId: 'cn-hangzhou' });
    expect(vpcs.TotalCount).toBe(1);
  });

  it('continues the ID sequence after a reopen instead of repeating it', async () => {
    const database = new MemoryDatabase();
    const first = await createEngine({ storage: database.connect(), world: emptyWorld, idSeed: 's' });
    const a = await first.call('CreateVpc', { RegionId: 'cn-hangzhou' });
    const second = await createEngine({ storage: database.connect(), idSeed: 's' });
    const b = await second.call('CreateVpc', { RegionId: 'cn-hangzhou' });
    expect(b.VpcId).not.toBe(a.VpcId);
  });
});

describe('batch', () => {
  it('writes all calls together, or nothing when one fails', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    await expectCode(
      engine.batch(async (call) => {
        await call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId, SecurityGroupName: 'first' });
        await call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId, SecurityGroupName: '9-bad' });
      }),
      'InvalidSecurityGroupName.Malformed',
    );
    expect(await groupCount(engine)).toBe(0);
    await engine.batch(async (call) => {
      const { SecurityGroupId } = await call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId });
      // A later call in the batch sees what the earlier ones wrote.
      await call('AuthorizeSecurityGroup', {
        RegionId: 'cn-hangzhou',
        SecurityGroupId,
        Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' }],
      });
    });
    expect(await groupCount(engine)).toBe(1);
  });
});

describe('two connections to one storage (two tabs)', () => {
  it('tells the other engine about a change, and it reads the new world', async () => {
    const database = new MemoryDatabase();
    const tabA = await createEngine({ storage: database.connect(), world: emptyWorld });
    const tabB = await createEngine({ storage: database.connect() });
    const heard = new Promise<EngineChange>((resolve) => tabB.subscribe(resolve));
    await tabA.call('CreateVpc', { RegionId: 'cn-hangzhou' });
    const change = await heard;
    expect(change.external).toBe(true);
    expect(change.tables).toContain('vpcs');
    expect((await tabB.call('DescribeVpcs', { RegionId: 'cn-hangzhou' })).TotalCount).toBe(1);
  });

  it('refuses a write based on a stale revision with a conflict, and then sees the newer world', async () => {
    const database = new MemoryDatabase();
    const tabA = await createEngine({ storage: database.connect(), world: emptyWorld });
    const { VpcId } = await tabA.call('CreateVpc', { RegionId: 'cn-hangzhou' });
    const { SecurityGroupId } = await tabA.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId });
    const tabB = await createEngine({ storage: database.connect() });
    // Tab B stops listening, so its copy goes stale the way a slow tab's would.
    tabB.subscribe(() => undefined);
    (database.connections as Set<unknown>).clear();

    await tabA.call('ModifySecurityGroupAttribute', {
      RegionId: 'cn-hangzhou',
      SecurityGroupId,
      SecurityGroupName: 'from-a',
    });
    await expectCode(
      tabB.call('ModifySecurityGroupAttribute', {
        RegionId: 'cn-hangzhou',
        SecurityGroupId,
        SecurityGroupName: 'from-b',
      }),
      'InvalidOperation.Conflict',
    );
    const seenByB = await tabB.call('DescribeSecurityGroupAttribute', { RegionId: 'cn-hangzhou', SecurityGroupId });
    expect(seenByB.SecurityGroupName).toBe('from-a');
  });
});

describe('resetWorld', () => {
  it('replaces everything with an empty world in one step', async () => {
    const engine = await createEngine({ world: demoWorld, idSeed: 'demo' });
    expect(await groupCount(engine)).toBeGreaterThan(0);
    await engine.resetWorld(emptyWorld);
    expect(await groupCount(engine)).toBe(0);
    expect((await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).TotalCount).toBe(0);
    await engine.resetWorld(demoWorld);
    expect(await groupCount(engine)).toBeGreaterThan(0);
  });
});

describe('DryRun', () => {
  it('validates a call and writes nothing', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    await expectCode(
      engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId, DryRun: true }),
      'DryRunOperation',
    );
    await expectCode(
      engine.call('CreateSecurityGroup', {
        RegionId: 'cn-hangzhou',
        VpcId: vpcId,
        SecurityGroupName: '1x',
        DryRun: true,
      }),
      'InvalidSecurityGroupName.Malformed',
    );
    expect(await groupCount(engine)).toBe(0);
  });
});
