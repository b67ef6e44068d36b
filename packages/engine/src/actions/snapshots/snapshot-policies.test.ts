import { describe, expect, it } from 'vitest';
import { isoTime } from '../../clock.ts';
import { SNAPSHOT_ROLE_NAME, SNAPSHOT_SERVICE_NAME } from '../../model/snapshot.ts';
import { expectCode } from '../../test/expect-code.ts';
import { storedRows } from '../../test/group-support.ts';
import { authorizeRole, newPolicy, R, snapshotWorld, START } from '../../test/snapshot-support.ts';

describe('service-linked role', () => {
  it('gates the first policy until the role is authorised, and is remembered', async () => {
    const { engine, db } = await snapshotWorld();
    const before = storedRows(db);
    const error = await expectCode(
      engine.call('CreateSecurityGroupSnapshotPolicy', { RegionId: R, SnapshotPolicyName: 'nightly' }),
      'NoPermission.ServiceLinkedRole',
    );
    expect(error.HttpStatus).toBe(403);
    expect(error.Message).toContain(SNAPSHOT_ROLE_NAME);
    expect(storedRows(db)).toBe(before);
    expect(await engine.call('DescribeServiceLinkedRoles', {})).toMatchObject({ TotalCount: 0 });

    const { Role } = await engine.call('CreateServiceLinkedRole', { ServiceName: SNAPSHOT_SERVICE_NAME });
    expect(Role).toMatchObject({ RoleName: SNAPSHOT_ROLE_NAME, ServiceName: SNAPSHOT_SERVICE_NAME });
    // Idempotent: a second authorisation changes nothing.
    const once = storedRows(db);
    await engine.call('CreateServiceLinkedRole', { ServiceName: SNAPSHOT_SERVICE_NAME });
    expect(storedRows(db)).toBe(once);
    const roles = await engine.call('DescribeServiceLinkedRoles', { ServiceName: SNAPSHOT_SERVICE_NAME });
    expect(roles.Roles.Role.map((r) => r.RoleName)).toEqual([SNAPSHOT_ROLE_NAME]);
    await engine.call('CreateSecurityGroupSnapshotPolicy', { RegionId: R, SnapshotPolicyName: 'nightly' });
  });

  it('rejects a missing or unknown service name', async () => {
    const { engine } = await snapshotWorld();
    await expectCode(engine.call('CreateServiceLinkedRole', {} as never), 'MissingParameter.ServiceName');
    await expectCode(
      engine.call('CreateServiceLinkedRole', { ServiceName: 'ecs.aliyuncs.com' }),
      'InvalidParameter.ServiceName',
    );
  });
});

describe('CreateSecurityGroupSnapshotPolicy', () => {
  it('creates an enabled policy with 1 day retention and the default bucket', async () => {
    const { engine } = await snapshotWorld();
    await authorizeRole(engine);
    const { SnapshotPolicyId, SnapshotIds } = await engine.call('CreateSecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyName: 'nightly',
    });
    expect(SnapshotPolicyId).toMatch(/^sgsp-bp1[a-z0-9]{17}$/);
    expect(SnapshotIds.SnapshotId).toEqual([]);
    const { SnapshotPolicies, TotalCount } = await engine.call('DescribeSecurityGroupSnapshotPolicies', {
      RegionId: R,
    });
    expect(TotalCount).toBe(1);
    expect(SnapshotPolicies.SnapshotPolicy[0]).toEqual({
      SnapshotPolicyId,
      RegionId: R,
      SnapshotPolicyName: 'nightly',
      Status: 'Enabled',
      RetentionDays: 1,
      OssBucketName: '',
      SecurityGroupIds: { SecurityGroupId: [] },
      SecurityGroupCount: 0,
      CreationTime: isoTime(START),
    });
  });

  it('takes Status, retention as a string, a sg-snapshot bucket and groups', async () => {
    const { engine, groupId } = await snapshotWorld();
    await authorizeRole(engine);
    const { SnapshotPolicyId, SnapshotIds } = await engine.call('CreateSecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyName: 'weekly',
      Status: 'Disable',
      RetentionDays: '30' as unknown as number,
      OssBucketName: 'sg-snapshot-prod-1',
      SecurityGroupIds: JSON.stringify([groupId]),
    });
    // Disabled: associated, but no snapshot.
    expect(SnapshotIds.SnapshotId).toEqual([]);
    const [policy] = (
      await engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: R, SnapshotPolicyIds: [SnapshotPolicyId] })
    ).SnapshotPolicies.SnapshotPolicy;
    expect(policy).toMatchObject({ Status: 'Disabled', RetentionDays: 30, OssBucketName: 'sg-snapshot-prod-1' });
    expect(policy!.SecurityGroupIds.SecurityGroupId).toEqual([groupId]);
  });

  it('rejects bad fields with their codes and stores nothing', async () => {
    const { engine, db } = await snapshotWorld();
    await authorizeRole(engine);
    const before = storedRows(db);
    const create = (params: Record<string, unknown>) =>
      engine.call('CreateSecurityGroupSnapshotPolicy', { RegionId: R, SnapshotPolicyName: 'nightly', ...params });
    await expectCode(create({ RegionId: undefined }), 'MissingParameter.RegionId');
    await expectCode(create({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectCode(create({ SnapshotPolicyName: undefined }), 'MissingParameter.SnapshotPolicyName');
    await expectCode(create({ SnapshotPolicyName: '' }), 'MissingParameter.SnapshotPolicyName');
    for (const bad of ['1abc', 'x', 'http://policy', 'a b', 'p'.repeat(129)]) {
      await expectCode(create({ SnapshotPolicyName: bad }), 'InvalidSnapshotPolicyName.Malformed');
    }
    await expectCode(create({ SnapshotPolicyName: 42 }), 'InvalidParameter');
    for (const bad of ['On', '', 'Enable!'])
      await expectCode(create({ Status: bad }), 'InvalidStatus.ValueNotSupported');
    for (const bad of [0, 31, 1.5, 'one', -1, true]) {
      await expectCode(create({ RetentionDays: bad }), 'InvalidRetentionDays.Malformed');
    }
    for (const bad of [
      'ab',
      'Sg-snapshot',
      'sg-snapshot-',
      '-sg-snapshot',
      'sg_snapshot',
      `sg-snapshot${'x'.repeat(53)}`,
    ]) {
      await expectCode(create({ OssBucketName: bad }), 'InvalidOssBucketName.Malformed');
    }
    const unauthorized = await expectCode(create({ OssBucketName: 'my-bucket' }), 'InvalidOssBucketName.Unauthorized');
    expect(unauthorized.HttpStatus).toBe(403);
    await expectCode(create({ SecurityGroupIds: 'not json' }), 'InvalidSecurityGroupIds.Malformed');
    await expectCode(create({ SecurityGroupIds: ['bad id'] }), 'InvalidSecurityGroupId.Malformed');
    await expectCode(create({ SecurityGroupIds: ['sg-bp1nothere'] }), 'InvalidSecurityGroupId.NotFound');
    expect(storedRows(db)).toBe(before);
  });

  it('accepts statuses in any letter case and a name in any script', async () => {
    const { engine } = await snapshotWorld();
    await authorizeRole(engine);
    for (const Status of ['enable', 'DISABLE', 'Enabled']) {
      await engine.call('CreateSecurityGroupSnapshotPolicy', {
        RegionId: R,
        SnapshotPolicyName: '快照策略',
        Status,
      } as never);
    }
    const list = await engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: R });
    expect(list.SnapshotPolicies.SnapshotPolicy.map((p) => p.Status).sort()).toEqual([
      'Disabled',
      'Enabled',
      'Enabled',
    ]);
  });
});

describe('ModifySecurityGroupSnapshotPolicy and DeleteSecurityGroupSnapshotPolicy', () => {
  it('changes only the given fields; an empty bucket means the default again', async () => {
    const { engine } = await snapshotWorld();
    await authorizeRole(engine);
    const { SnapshotPolicyId } = await engine.call('CreateSecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyName: 'nightly',
      OssBucketName: 'sg-snapshot-a',
    });
    const read = async () =>
      (await engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: R })).SnapshotPolicies.SnapshotPolicy[0];
    await engine.call('ModifySecurityGroupSnapshotPolicy', { RegionId: R, SnapshotPolicyId, RetentionDays: 7 });
    expect(await read()).toMatchObject({
      SnapshotPolicyName: 'nightly',
      RetentionDays: 7,
      OssBucketName: 'sg-snapshot-a',
    });
    await engine.call('ModifySecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyId,
      SnapshotPolicyName: 'renamed',
      Status: 'Disable',
      OssBucketName: '',
    });
    expect(await read()).toMatchObject({
      SnapshotPolicyName: 'renamed',
      Status: 'Disabled',
      RetentionDays: 7,
      OssBucketName: '',
    });

    await engine.call('DeleteSecurityGroupSnapshotPolicy', { RegionId: R, SnapshotPolicyId });
    expect((await engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: R })).TotalCount).toBe(0);
  });

  it('rejects bad IDs, unknown policies and policies of another region, storing nothing', async () => {
    const { engine, db, groupId } = await snapshotWorld();
    const policyId = await newPolicy(engine, [groupId]);
    const before = storedRows(db);
    for (const action of ['ModifySecurityGroupSnapshotPolicy', 'DeleteSecurityGroupSnapshotPolicy'] as const) {
      const call = (params: Record<string, unknown>) =>
        engine.call(action, { RegionId: R, SnapshotPolicyId: policyId, ...params } as never);
      await expectCode(call({ SnapshotPolicyId: undefined }), 'MissingParameter.SnapshotPolicyId');
      await expectCode(call({ SnapshotPolicyId: 'sp-123' }), 'InvalidSnapshotPolicyId.Malformed');
      const notFound = await expectCode(
        call({ SnapshotPolicyId: 'sgsp-bp1nothere' }),
        'InvalidSnapshotPolicyId.NotFound',
      );
      expect(notFound.HttpStatus).toBe(404);
      await expectCode(call({ RegionId: 'cn-beijing' }), 'InvalidSnapshotPolicyId.NotFound');
    }
    const modify = (params: Record<string, unknown>) =>
      engine.call('ModifySecurityGroupSnapshotPolicy', { RegionId: R, SnapshotPolicyId: policyId, ...params });
    await expectCode(modify({ SnapshotPolicyName: '' }), 'MissingParameter.SnapshotPolicyName');
    await expectCode(modify({ SnapshotPolicyName: '9lives' }), 'InvalidSnapshotPolicyName.Malformed');
    await expectCode(modify({ Status: 'Paused' }), 'InvalidStatus.ValueNotSupported');
    await expectCode(modify({ RetentionDays: 45 }), 'InvalidRetentionDays.Malformed');
    await expectCode(modify({ OssBucketName: 'UPPER' }), 'InvalidOssBucketName.Malformed');
    await expectCode(modify({ OssBucketName: 'other-bucket' }), 'InvalidOssBucketName.Unauthorized');
    expect(storedRows(db)).toBe(before);
  });

  it('lists a region newest first, filtered by IDs or by group', async () => {
    const world = await snapshotWorld();
    const { engine, groupId } = world;
    const first = await newPolicy(engine, [groupId]);
    world.clock.advance(1000);
    const second = await newPolicy(engine, []);
    const list = async (params: Record<string, unknown>) =>
      (
        await engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: R, ...params })
      ).SnapshotPolicies.SnapshotPolicy.map((p) => p.SnapshotPolicyId);
    expect(await list({})).toEqual([second, first]);
    expect(await list({ SnapshotPolicyIds: JSON.stringify([first]) })).toEqual([first]);
    expect(await list({ SecurityGroupId: groupId })).toEqual([first]);
    expect(await list({ RegionId: 'cn-beijing' })).toEqual([]);
    await expectCode(
      engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: R, SnapshotPolicyIds: '[1]' }),
      'InvalidSnapshotPolicyIds.Malformed',
    );
  });
});
