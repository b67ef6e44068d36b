import { describe, expect, it } from 'vitest';
import { isoTime } from '../../clock.ts';
import { expectCode } from '../../test/expect-code.ts';
import { storedRows } from '../../test/group-support.ts';
import {
  allowIn,
  allowOut,
  MINUTE,
  newGroup,
  newPolicy,
  R,
  snapshotsOf,
  snapshotWorld,
  START,
  storedRules,
  tcpIn,
  tcpOut,
} from '../../test/snapshot-support.ts';

describe('DescribeSecurityGroupSnapshots and DeleteSecurityGroupSnapshot', () => {
  it('lists newest first, filtered by group, IDs and policy; deletes one snapshot', async () => {
    const world = await snapshotWorld();
    const { engine, groupId, vpcId } = world;
    const other = await newGroup(engine, vpcId, 'other');
    const policyId = await newPolicy(engine, [groupId]);
    await newPolicy(engine, [other]);
    await allowIn(engine, groupId, tcpIn(22));
    world.clock.advance(5 * MINUTE);
    const list = async (params: Record<string, unknown> = {}) =>
      (await engine.call('DescribeSecurityGroupSnapshots', { RegionId: R, ...params })).Snapshots.Snapshot;
    const mine = await list({ SecurityGroupId: groupId });
    expect(mine.map((s) => [s.Trigger, s.CreationTime])).toEqual([
      ['RuleChange', isoTime(START + 5 * MINUTE)],
      ['Association', isoTime(START)],
    ]);
    expect(await list()).toHaveLength(3);
    expect((await list({ SnapshotPolicyId: policyId })).map((s) => s.SnapshotId)).toEqual(
      mine.map((s) => s.SnapshotId),
    );
    expect(await list({ SnapshotIds: [mine[1]!.SnapshotId] })).toEqual([mine[1]]);
    expect(await list({ RegionId: 'cn-beijing' })).toEqual([]);
    await expectCode(
      engine.call('DescribeSecurityGroupSnapshots', { RegionId: R, SnapshotIds: '{}' }),
      'InvalidSnapshotIds.Malformed',
    );

    await engine.call('DeleteSecurityGroupSnapshot', { RegionId: R, SnapshotId: mine[0]!.SnapshotId });
    expect((await snapshotsOf(engine, groupId)).map((s) => s.SnapshotId)).toEqual([mine[1]!.SnapshotId]);
  });

  it('rejects bad snapshot IDs for delete', async () => {
    const { engine, db, groupId } = await snapshotWorld();
    await newPolicy(engine, [groupId]);
    const [snapshot] = await snapshotsOf(engine, groupId);
    const before = storedRows(db);
    const call = (params: Record<string, unknown>) =>
      engine.call('DeleteSecurityGroupSnapshot', { RegionId: R, SnapshotId: snapshot!.SnapshotId, ...params });
    await expectCode(call({ SnapshotId: '' }), 'MissingParameter.SnapshotId');
    await expectCode(call({ SnapshotId: 'sg-bp1abc' }), 'InvalidSnapshotId.Malformed');
    await expectCode(call({ SnapshotId: 'sgs-bp1nothere' }), 'InvalidSnapshotId.NotFound');
    await expectCode(call({ RegionId: 'cn-beijing' }), 'InvalidSnapshotId.NotFound');
    expect(storedRows(db)).toBe(before);
  });
});

describe('DescribeSecurityGroupSnapshotDiff', () => {
  it('compares a snapshot with the current rules by content, per direction', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId } = world;
    await allowIn(engine, groupId, tcpIn(22), tcpIn(80, { Description: 'web' }));
    await allowOut(engine, groupId, tcpOut(53));
    await newPolicy(engine, [groupId]);
    const [snapshot] = await snapshotsOf(engine, groupId);
    const ssh = storedRules(db, groupId).find((r) => r.PortRange === '22/22')!;
    // Revoked and authorised again: a new ID, the same rule.
    await engine.call('RevokeSecurityGroup', {
      RegionId: R,
      SecurityGroupId: groupId,
      SecurityGroupRuleId: [ssh.SecurityGroupRuleId],
    });
    await allowIn(engine, groupId, tcpIn(22));
    await allowIn(engine, groupId, tcpIn(80, { Priority: '2', Description: 'web' }));
    await engine.call('RevokeSecurityGroup', { RegionId: R, SecurityGroupId: groupId, Permissions: [tcpIn(80)] });
    await allowOut(engine, groupId, tcpOut(443));

    world.clock.advance(MINUTE);
    const diff = await engine.call('DescribeSecurityGroupSnapshotDiff', {
      RegionId: R,
      SecurityGroupId: groupId,
      From: { SnapshotId: snapshot!.SnapshotId },
    });
    expect(diff.From).toEqual({ SnapshotId: snapshot!.SnapshotId, Current: false, Time: isoTime(START) });
    expect(diff.To).toEqual({ SnapshotId: '', Current: true, Time: isoTime(START + MINUTE) });
    expect(diff.Ingress.Unchanged.map((r) => r.PortRange)).toEqual(['22/22']);
    expect(diff.Ingress.Changed.map((c) => c.Fields)).toEqual([['Priority']]);
    expect(diff.Ingress.Added).toEqual([]);
    expect(diff.Egress.Added.map((r) => r.PortRange)).toEqual(['443/443']);

    // The other way round: what a restore of the snapshot would do.
    const preview = await engine.call('DescribeSecurityGroupSnapshotDiff', {
      RegionId: R,
      SecurityGroupId: groupId,
      From: { Current: true },
      To: { SnapshotId: snapshot!.SnapshotId },
    });
    expect(preview.Egress.Removed.map((r) => r.PortRange)).toEqual(['443/443']);
  });

  it('compares two snapshots, also of a group that is gone', async () => {
    const world = await snapshotWorld();
    const { engine, groupId } = world;
    await newPolicy(engine, [groupId]);
    await allowIn(engine, groupId, tcpIn(22));
    world.clock.advance(5 * MINUTE);
    await allowIn(engine, groupId, tcpIn(80));
    world.clock.advance(5 * MINUTE);
    const [second, first] = (await snapshotsOf(engine, groupId)).filter((s) => s.Trigger === 'RuleChange');
    await engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId: groupId });
    const diff = await engine.call('DescribeSecurityGroupSnapshotDiff', {
      RegionId: R,
      SecurityGroupId: groupId,
      From: { SnapshotId: first!.SnapshotId },
      To: { SnapshotId: second!.SnapshotId },
    });
    expect(diff.Ingress.Added.map((r) => r.PortRange)).toEqual(['22/22']);
    await expectCode(
      engine.call('DescribeSecurityGroupSnapshotDiff', {
        RegionId: R,
        SecurityGroupId: groupId,
        From: { SnapshotId: first!.SnapshotId },
      }),
      'InvalidSecurityGroupId.NotFound',
    );
  });

  it('rejects sides that are not one snapshot of the group or the current rules', async () => {
    const { engine, groupId, vpcId } = await snapshotWorld();
    const other = await newGroup(engine, vpcId, 'other');
    await newPolicy(engine, [groupId, other]);
    const [mine] = await snapshotsOf(engine, groupId);
    const [theirs] = await snapshotsOf(engine, other);
    const call = (params: Record<string, unknown>) =>
      engine.call('DescribeSecurityGroupSnapshotDiff', {
        RegionId: R,
        SecurityGroupId: groupId,
        From: { SnapshotId: mine!.SnapshotId },
        ...params,
      } as never);
    await expectCode(call({ From: undefined }), 'InvalidParameter.From');
    await expectCode(call({ From: 'sgs-1' }), 'InvalidParameter.From');
    await expectCode(call({ From: {} }), 'InvalidParameter.From');
    await expectCode(call({ From: { Current: true, SnapshotId: mine!.SnapshotId } }), 'InvalidParameter.From');
    await expectCode(call({ To: { Current: false } }), 'InvalidParameter.To');
    await expectCode(call({ To: { Current: 'yes' } }), 'InvalidParameter');
    await expectCode(call({ To: { SnapshotId: '' } }), 'MissingParameter.SnapshotId');
    await expectCode(call({ To: { SnapshotId: 'x' } }), 'InvalidSnapshotId.Malformed');
    await expectCode(call({ To: { SnapshotId: 'sgs-bp1nothere' } }), 'InvalidSnapshotId.NotFound');
    const mismatch = await expectCode(
      call({ To: { SnapshotId: theirs!.SnapshotId } }),
      'InvalidSnapshotId.SecurityGroupMismatch',
    );
    expect(mismatch.Field).toBe('To.SnapshotId');
    await expectCode(call({ SecurityGroupId: undefined }), 'MissingParameter.SecurityGroupId');
  });
});
