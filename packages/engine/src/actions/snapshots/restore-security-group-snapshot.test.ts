import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { storedRows } from '../../test/group-support.ts';
import { patchStoredGroup } from '../../test/group-support.ts';
import {
  allowIn,
  allowOut,
  contents,
  expectSameContents,
  MINUTE,
  newGroup,
  newPolicy,
  R,
  snapshotsOf,
  snapshotWorld,
  storedRules,
  storedSnapshotRules,
  tcpIn,
  tcpOut,
} from '../../test/snapshot-support.ts';

/** A group with rules both ways, snapshotted, then changed both ways (revoke, modify, add). */
async function changedSinceSnapshot() {
  const world = await snapshotWorld();
  const { engine, db, groupId } = world;
  await allowIn(engine, groupId, tcpIn(22, { Description: 'ssh' }), tcpIn(80), tcpIn(443, { Priority: '5' }));
  await allowOut(engine, groupId, tcpOut(53), tcpOut(123));
  const policyId = await newPolicy(engine, [groupId]);
  const [snapshot] = await snapshotsOf(engine, groupId);
  const saved = storedSnapshotRules(db, snapshot!.SnapshotId);
  const byPort = (port: string) => storedRules(db, groupId).find((r) => r.PortRange === port)!.SecurityGroupRuleId;
  await engine.call('RevokeSecurityGroup', {
    RegionId: R,
    SecurityGroupId: groupId,
    SecurityGroupRuleId: [byPort('22/22')],
  });
  await engine.call('ModifySecurityGroupRule', {
    RegionId: R,
    SecurityGroupId: groupId,
    SecurityGroupRuleId: byPort('80/80'),
    PortRange: '8080/8080',
  });
  await engine.call('ModifySecurityGroupRule', {
    RegionId: R,
    SecurityGroupId: groupId,
    SecurityGroupRuleId: byPort('443/443'),
    Description: 'tls',
  });
  await allowIn(engine, groupId, tcpIn(3389));
  await engine.call('RevokeSecurityGroupEgress', { RegionId: R, SecurityGroupId: groupId, Permissions: [tcpOut(123)] });
  await allowOut(engine, groupId, tcpOut(25));
  return { ...world, policyId, snapshotId: snapshot!.SnapshotId, saved };
}

const restore = (engine: Awaited<ReturnType<typeof snapshotWorld>>['engine'], params: Record<string, unknown>) =>
  engine.call('RestoreSecurityGroupSnapshot', { RegionId: R, ...params } as never);

describe('RestoreSecurityGroupSnapshot', () => {
  it('makes the rules exactly the snapshot rules, keeping the IDs of rules that exist by content', async () => {
    const { engine, db, groupId, snapshotId, saved } = await changedSinceSnapshot();
    const current = storedRules(db, groupId);
    const res = await restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshotId });
    expect(res).toMatchObject({ IngressRuleCount: 3, EgressRuleCount: 1 + 1 });
    const after = storedRules(db, groupId);
    expectSameContents(after, saved);
    expect(contents(after)).toEqual(contents(saved));
    // 443 exists by content (only its description changed): same ID. 22 and 123 were revoked: their old IDs come
    // back. 80 was modified in place to 8080: the snapshot's rule takes its ID back.
    const id = (rules: typeof after, port: string) => rules.find((r) => r.PortRange === port)?.SecurityGroupRuleId;
    expect(id(after, '443/443')).toBe(id(current, '443/443'));
    for (const port of ['22/22', '80/80', '53/53', '123/123']) expect(id(after, port)).toBe(id(saved, port));
    expect(after.find((r) => r.PortRange === '443/443')!.Description).toBe('');
  });

  it('is a rule change like any other: the replaced rules are snapshotted 5 minutes later', async () => {
    const world = await changedSinceSnapshot();
    const { engine, db, groupId, snapshotId } = world;
    // The changes' own window closes first (a restore inside it would only join it).
    world.clock.advance(5 * MINUTE);
    const replaced = storedRules(db, groupId);
    await restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshotId });
    world.clock.advance(5 * MINUTE);
    const [latest] = await snapshotsOf(engine, groupId);
    expect(latest!.Trigger).toBe('RuleChange');
    expectSameContents(storedSnapshotRules(db, latest!.SnapshotId), replaced);
  });

  it('restores one direction and leaves the other alone', async () => {
    const { engine, db, groupId, snapshotId, saved } = await changedSinceSnapshot();
    const current = storedRules(db, groupId);
    await restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshotId, Direction: 'egress' });
    const afterEgress = storedRules(db, groupId);
    expect(contents(afterEgress, 'egress')).toEqual(contents(saved, 'egress'));
    expect(afterEgress.filter((r) => r.Direction === 'ingress')).toEqual(
      current.filter((r) => r.Direction === 'ingress'),
    );

    await restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshotId, Direction: 'ingress' });
    expectSameContents(storedRules(db, groupId), saved);
  });

  it('gives new IDs where the snapshot ID is taken by another rule of the result', async () => {
    const { engine, db, groupId } = await snapshotWorld();
    await allowIn(engine, groupId, tcpIn(22));
    await newPolicy(engine, [groupId]);
    const [snapshot] = await snapshotsOf(engine, groupId);
    const [ssh] = storedRules(db, groupId);
    // The same rule ID now holds other content; restore puts the snapshot's rule under it, and nothing else.
    await engine.call('ModifySecurityGroupRule', {
      RegionId: R,
      SecurityGroupId: groupId,
      SecurityGroupRuleId: ssh!.SecurityGroupRuleId,
      PortRange: '2222/2222',
    });
    await restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshot!.SnapshotId });
    expect(storedRules(db, groupId).map((r) => [r.SecurityGroupRuleId, r.PortRange])).toEqual([
      [ssh!.SecurityGroupRuleId, '22/22'],
    ]);
  });

  it('rejects bad input, foreign snapshots and managed groups, storing nothing', async () => {
    const { engine, db, groupId, vpcId, snapshotId } = await changedSinceSnapshot();
    const other = await newGroup(engine, vpcId, 'other');
    const before = storedRows(db);
    const call = (params: Record<string, unknown>) =>
      restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshotId, ...params });
    await expectCode(call({ RegionId: undefined }), 'MissingParameter.RegionId');
    await expectCode(call({ SecurityGroupId: '' }), 'MissingParameter.SecurityGroupId');
    await expectCode(call({ SecurityGroupId: 'group-1' }), 'InvalidSecurityGroupId.Malformed');
    await expectCode(call({ SnapshotId: undefined }), 'MissingParameter.SnapshotId');
    await expectCode(call({ SnapshotId: 's-1' }), 'InvalidSnapshotId.Malformed');
    await expectCode(call({ Direction: 'both' }), 'InvalidParameter.Direction');
    await expectCode(call({ SecurityGroupId: 'sg-bp1nothere' }), 'InvalidSecurityGroupId.NotFound');
    const notFound = await expectCode(call({ SnapshotId: 'sgs-bp1nothere' }), 'InvalidSnapshotId.NotFound');
    expect(notFound.HttpStatus).toBe(404);
    await expectCode(call({ RegionId: 'cn-beijing' }), 'InvalidSecurityGroupId.NotFound');
    await expectCode(call({ SecurityGroupId: other }), 'InvalidSnapshotId.SecurityGroupMismatch');
    expect(storedRows(db)).toBe(before);

    await patchStoredGroup(engine, db, groupId, { ServiceManaged: true, ServiceID: 'ack' });
    await expectCode(call({}), 'InvalidOperation.ResourceManagedByCloudProduct');
  });

  it('fails when a rule of the snapshot names a group that is gone', async () => {
    const { engine, db, groupId, vpcId } = await snapshotWorld();
    const peer = await newGroup(engine, vpcId, 'peer');
    await allowIn(engine, groupId, { IpProtocol: 'TCP', PortRange: '22/22', SourceGroupId: peer });
    await allowOut(engine, groupId, tcpOut(53));
    await newPolicy(engine, [groupId]);
    const [snapshot] = await snapshotsOf(engine, groupId);
    await engine.call('ForceDeleteSecurityGroup', { RegionId: R, SecurityGroupId: peer });
    await engine.call('RevokeSecurityGroupEgress', {
      RegionId: R,
      SecurityGroupId: groupId,
      Permissions: [tcpOut(53)],
    });
    const before = storedRules(db, groupId);
    await expectCode(
      restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshot!.SnapshotId }),
      'InvalidSourceGroupId.NotFound',
    );
    expect(storedRules(db, groupId)).toEqual(before);
    // The other direction alone does not need the missing group.
    await restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshot!.SnapshotId, Direction: 'egress' });
    expect(contents(storedRules(db, groupId))).toEqual(
      contents(storedSnapshotRules(db, snapshot!.SnapshotId), 'egress'),
    );
  });

  it('fails when the restored rules would exceed the rule quota', async () => {
    const { engine, db, groupId } = await snapshotWorld({ rulesPerGroup: 3 });
    await allowIn(engine, groupId, tcpIn(80), tcpIn(81));
    await newPolicy(engine, [groupId]);
    const [snapshot] = await snapshotsOf(engine, groupId);
    await engine.call('RevokeSecurityGroup', {
      RegionId: R,
      SecurityGroupId: groupId,
      Permissions: [tcpIn(80), tcpIn(81)],
    });
    await allowOut(engine, groupId, tcpOut(1), tcpOut(2), tcpOut(3));
    const before = storedRules(db, groupId);
    await expectCode(
      restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshot!.SnapshotId, Direction: 'ingress' }),
      'AuthorizationLimitExceed',
    );
    expect(storedRules(db, groupId)).toEqual(before);
    // Restoring both directions brings the group back to 2 rules: within the quota.
    await restore(engine, { SecurityGroupId: groupId, SnapshotId: snapshot!.SnapshotId });
    expect(storedRules(db, groupId)).toHaveLength(2);
  });
});
