import { describe, expect, it } from 'vitest';
import { isoTime } from '../clock.ts';
import {
  allowIn,
  allowOut,
  DAY,
  expectSameContents,
  MINUTE,
  newGroup,
  newPolicy,
  R,
  snapshotsOf,
  snapshotWorld,
  START,
  storedRules,
  storedSnapshotRules,
  tcpIn,
  tcpOut,
  wait,
} from '../test/snapshot-support.ts';

const ruleChanges = async (engine: Awaited<ReturnType<typeof snapshotWorld>>['engine'], groupId: string) =>
  (await snapshotsOf(engine, groupId)).filter((s) => s.Trigger === 'RuleChange');

describe('automatic snapshots after rule changes', () => {
  it('takes one snapshot 5 minutes after the first of several changes, holding the rules from before it', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId } = world;
    await allowIn(engine, groupId, tcpIn(22));
    await allowOut(engine, groupId, tcpOut(443));
    await newPolicy(engine, [groupId]);
    const before = storedRules(db, groupId);

    wait(world, MINUTE);
    const firstChange = START + MINUTE;
    await allowIn(engine, groupId, tcpIn(80));
    wait(world, 2 * MINUTE);
    const [ssh] = storedRules(db, groupId);
    await engine.call('RevokeSecurityGroup', {
      RegionId: R,
      SecurityGroupId: groupId,
      SecurityGroupRuleId: [ssh!.SecurityGroupRuleId],
    });
    wait(world, MINUTE + 59_000);
    await engine.call('ModifySecurityGroupRule', {
      RegionId: R,
      SecurityGroupId: groupId,
      SecurityGroupRuleId: storedRules(db, groupId).find((r) => r.PortRange === '80/80')!.SecurityGroupRuleId,
      Description: 'web',
    });
    // 3 changes within 4 minutes; one second before the window closes there is still none.
    wait(world, MINUTE);
    expect(await ruleChanges(engine, groupId)).toHaveLength(0);
    expect((await engine.call('DescribeClock', {})).NextDueTime).toBe(isoTime(firstChange + 5 * MINUTE));

    wait(world, 1000);
    const snapshots = await ruleChanges(engine, groupId);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.CreationTime).toBe(isoTime(firstChange + 5 * MINUTE));
    expectSameContents(storedSnapshotRules(db, snapshots[0]!.SnapshotId), before);
    expect(storedSnapshotRules(db, snapshots[0]!.SnapshotId)).toEqual(before);

    // The window is closed: the next change opens a new one, holding the rules of now.
    const now = storedRules(db, groupId);
    await allowIn(engine, groupId, tcpIn(8080));
    wait(world, 5 * MINUTE);
    const later = await ruleChanges(engine, groupId);
    expect(later).toHaveLength(2);
    expect(storedSnapshotRules(db, later[0]!.SnapshotId)).toEqual(now);
  });

  it('takes none while the group has no enabled policy, or when the policy is disabled during the window', async () => {
    const world = await snapshotWorld();
    const { engine, groupId } = world;
    const policyId = await newPolicy(engine, [groupId], { Status: 'Disable' });
    await allowIn(engine, groupId, tcpIn(22));
    wait(world, 10 * MINUTE);
    expect(await snapshotsOf(engine, groupId)).toEqual([]);
    expect((await engine.call('DescribeClock', {})).NextDueTime).toBe('');

    await engine.call('ModifySecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyId: policyId,
      Status: 'Enable',
    });
    await allowIn(engine, groupId, tcpIn(80));
    wait(world, MINUTE);
    await engine.call('ModifySecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyId: policyId,
      Status: 'Disable',
    });
    wait(world, 10 * MINUTE);
    expect(await snapshotsOf(engine, groupId)).toEqual([]);
  });

  it('opens no window for a call that leaves the rules as they were', async () => {
    const world = await snapshotWorld();
    const { engine, groupId } = world;
    await allowIn(engine, groupId, tcpIn(22));
    await newPolicy(engine, [groupId]);
    // Authorize of an existing rule and Revoke of a missing one both succeed without changing anything.
    await allowIn(engine, groupId, tcpIn(22));
    await engine.call('RevokeSecurityGroup', { RegionId: R, SecurityGroupId: groupId, Permissions: [tcpIn(9999)] });
    expect((await engine.call('DescribeClock', {})).NextDueTime).toBe('');
  });

  it('tracks a rule change inside a batch once, dated by the batch', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId, vpcId } = world;
    const other = await newGroup(engine, vpcId, 'other');
    await newPolicy(engine, [groupId, other]);
    const before = storedRules(db, groupId);
    await engine.batch(async (call) => {
      await call('AuthorizeSecurityGroup', { RegionId: R, SecurityGroupId: groupId, Permissions: [tcpIn(22)] });
      await call('AuthorizeSecurityGroup', { RegionId: R, SecurityGroupId: groupId, Permissions: [tcpIn(80)] });
      await call('AuthorizeSecurityGroupEgress', { RegionId: R, SecurityGroupId: other, Permissions: [tcpOut(53)] });
    });
    expect([...db.tables.get('snapshotSchedules')!.keys()].sort()).toEqual([groupId, other].sort());
    wait(world, 5 * MINUTE);
    const snapshots = await ruleChanges(engine, groupId);
    expect(snapshots).toHaveLength(1);
    expect(storedSnapshotRules(db, snapshots[0]!.SnapshotId)).toEqual(before);
    expect(await ruleChanges(engine, other)).toHaveLength(1);
  });

  it('covers actions that know nothing about snapshots: force-delete revokes the rules naming the group', async () => {
    const world = await snapshotWorld();
    const { engine, groupId, vpcId } = world;
    const target = await newGroup(engine, vpcId, 'target');
    await allowIn(engine, groupId, { IpProtocol: 'TCP', PortRange: '22/22', SourceGroupId: target });
    await newPolicy(engine, [groupId]);
    await engine.call('ForceDeleteSecurityGroup', { RegionId: R, SecurityGroupId: target });
    wait(world, 5 * MINUTE);
    expect(await ruleChanges(engine, groupId)).toHaveLength(1);
  });

  it('drops the window of a deleted group and takes it out of its policies; its snapshots stay', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId } = world;
    const policyId = await newPolicy(engine, [groupId]);
    await allowIn(engine, groupId, tcpIn(22));
    await engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId: groupId });
    expect(db.tables.get('snapshotSchedules')!.size).toBe(0);
    const { SnapshotPolicies } = await engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: R });
    expect(SnapshotPolicies.SnapshotPolicy.find((p) => p.SnapshotPolicyId === policyId)!.SecurityGroupCount).toBe(0);
    wait(world, 5 * MINUTE);
    // Only the association snapshot, kept until it expires.
    expect((await snapshotsOf(engine, groupId)).map((s) => s.Trigger)).toEqual(['Association']);
  });
});

describe('retention', () => {
  it('deletes a snapshot once it is older than the retention period (1 day by default)', async () => {
    const world = await snapshotWorld();
    const { engine, groupId } = world;
    await newPolicy(engine, [groupId]);
    expect(await snapshotsOf(engine, groupId)).toHaveLength(1);
    wait(world, DAY - 1000);
    expect(await snapshotsOf(engine, groupId)).toHaveLength(1);
    wait(world, 1000);
    expect(await engine.runDueWork()).toMatchObject({ SnapshotsCreated: 0, SnapshotsExpired: 1 });
    expect(await snapshotsOf(engine, groupId)).toEqual([]);
  });

  it('with several policies takes one snapshot per window and keeps it for the longest retention', async () => {
    const world = await snapshotWorld();
    const { engine, groupId } = world;
    const short = await newPolicy(engine, [groupId], { RetentionDays: 1 });
    const long = await newPolicy(engine, [groupId], { RetentionDays: 7 });
    await allowIn(engine, groupId, tcpIn(22));
    wait(world, 5 * MINUTE);
    const [snapshot] = await ruleChanges(engine, groupId);
    expect(await ruleChanges(engine, groupId)).toHaveLength(1);
    expect(snapshot!.SnapshotPolicyIds.SnapshotPolicyId.sort()).toEqual([short, long].sort());
    expect(snapshot!.ExpirationTime).toBe(isoTime(START + 5 * MINUTE + 7 * DAY));

    wait(world, 3 * DAY);
    expect(await ruleChanges(engine, groupId)).toHaveLength(1);
    // Deleting the long policy leaves the short one's retention: the snapshot is now past it.
    await engine.call('DeleteSecurityGroupSnapshotPolicy', { RegionId: R, SnapshotPolicyId: long });
    expect(await ruleChanges(engine, groupId)).toEqual([]);
  });

  it('falls back to 1 day when every policy of a snapshot is gone', async () => {
    const world = await snapshotWorld();
    const { engine, groupId } = world;
    const policyId = await newPolicy(engine, [groupId], { RetentionDays: 30 });
    await engine.call('DeleteSecurityGroupSnapshotPolicy', { RegionId: R, SnapshotPolicyId: policyId });
    const [snapshot] = await snapshotsOf(engine, groupId);
    expect(snapshot!.ExpirationTime).toBe(isoTime(START + DAY));
  });
});
