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
  storedSnapshotRules,
  tcpIn,
  tcpOut,
} from '../../test/snapshot-support.ts';

describe('AssociateSecurityGroupSnapshotPolicy', () => {
  it('snapshots each newly associated group at once, with its current rules', async () => {
    const world = await snapshotWorld();
    const { engine, db, groupId } = world;
    await allowIn(engine, groupId, tcpIn(22), tcpIn(80));
    await allowOut(engine, groupId, tcpOut(443));
    const policyId = await newPolicy(engine, []);
    world.clock.advance(MINUTE);
    const { SnapshotIds } = await engine.call('AssociateSecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyId: policyId,
      SecurityGroupIds: [groupId],
    });
    const [snapshot] = await snapshotsOf(engine, groupId);
    expect(SnapshotIds.SnapshotId).toEqual([snapshot!.SnapshotId]);
    expect(snapshot).toMatchObject({
      SecurityGroupId: groupId,
      SecurityGroupName: 'web',
      Trigger: 'Association',
      CreationTime: isoTime(START + MINUTE),
      ExpirationTime: isoTime(START + MINUTE + 24 * 60 * MINUTE),
      SnapshotPolicyIds: { SnapshotPolicyId: [policyId] },
      IngressRuleCount: 2,
      EgressRuleCount: 1,
    });
    expect(snapshot!.SnapshotId).toMatch(/^sgs-bp1/);
    expect(snapshot!.Permissions.Permission.map((p) => p.PortRange)).toEqual(['22/22', '80/80', '443/443']);
    expect(storedSnapshotRules(db, snapshot!.SnapshotId)).toEqual(storedRules(db, groupId));

    // Associating again changes nothing and takes no second snapshot.
    const again = await engine.call('AssociateSecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyId: policyId,
      SecurityGroupIds: [groupId],
    });
    expect(again.SnapshotIds.SnapshotId).toEqual([]);
    expect(await snapshotsOf(engine, groupId)).toHaveLength(1);
  });

  it('takes no snapshot for a disabled policy', async () => {
    const { engine, groupId } = await snapshotWorld();
    const policyId = await newPolicy(engine, [], { Status: 'Disable' });
    await engine.call('AssociateSecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyId: policyId,
      SecurityGroupIds: [groupId],
    });
    expect(await snapshotsOf(engine, groupId)).toEqual([]);
  });

  it('lets a group belong to several policies, shown by DescribeSecurityGroupAttribute', async () => {
    const { engine, groupId } = await snapshotWorld();
    const a = await newPolicy(engine, [groupId]);
    const b = await newPolicy(engine, [groupId], { Status: 'Disable' });
    const attribute = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: R,
      SecurityGroupId: groupId,
      Attribute: 'snapshotPolicyIds',
    });
    expect(attribute.SnapshotPolicyIds!.SnapshotPolicyId.sort()).toEqual([a, b].sort());
    // The association snapshot was taken under the enabled policy only.
    const [snapshot] = await snapshotsOf(engine, groupId);
    expect(snapshot!.SnapshotPolicyIds.SnapshotPolicyId).toEqual([a]);
  });

  it('holds at most 10 groups per policy', async () => {
    const { engine, db, vpcId, groupId } = await snapshotWorld();
    const groups = [groupId];
    for (let i = 1; i < 11; i++) groups.push(await newGroup(engine, vpcId, `g${i}`));
    const policyId = await newPolicy(engine, groups.slice(0, 9));
    const before = storedRows(db);
    const error = await expectCode(
      engine.call('AssociateSecurityGroupSnapshotPolicy', {
        RegionId: R,
        SnapshotPolicyId: policyId,
        SecurityGroupIds: groups.slice(8),
      }),
      'SnapshotPolicySecurityGroup.LimitExceed',
    );
    expect(error.HttpStatus).toBe(403);
    expect(storedRows(db)).toBe(before);
    await engine.call('AssociateSecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyId: policyId,
      SecurityGroupIds: [groups[9]!],
    });
    await expectCode(newPolicy(engine, groups), 'SnapshotPolicySecurityGroup.LimitExceed');
  });

  it('rejects bad input, unknown groups and groups of another region, storing nothing', async () => {
    const { engine, db, groupId } = await snapshotWorld();
    const { VpcId } = await engine.call('CreateVpc', { RegionId: 'cn-beijing', CidrBlock: '10.0.0.0/8' });
    const { SecurityGroupId: beijing } = await engine.call('CreateSecurityGroup', { RegionId: 'cn-beijing', VpcId });
    const policyId = await newPolicy(engine, []);
    const before = storedRows(db);
    const call = (params: Record<string, unknown>) =>
      engine.call('AssociateSecurityGroupSnapshotPolicy', {
        RegionId: R,
        SnapshotPolicyId: policyId,
        SecurityGroupIds: [groupId],
        ...params,
      });
    await expectCode(call({ SnapshotPolicyId: '' }), 'MissingParameter.SnapshotPolicyId');
    await expectCode(call({ SnapshotPolicyId: 'sgsp-bp1nothere' }), 'InvalidSnapshotPolicyId.NotFound');
    await expectCode(call({ SecurityGroupIds: [] }), 'MissingParameter.SecurityGroupIds');
    await expectCode(call({ SecurityGroupIds: undefined }), 'MissingParameter.SecurityGroupIds');
    await expectCode(call({ SecurityGroupIds: [7] }), 'InvalidSecurityGroupIds.Malformed');
    await expectCode(call({ SecurityGroupIds: ['sg-ok', 'nope'] }), 'InvalidSecurityGroupId.Malformed');
    const missing = await expectCode(call({ SecurityGroupIds: [groupId, beijing] }), 'InvalidSecurityGroupId.NotFound');
    expect(missing.Message).toContain(beijing);
    expect(storedRows(db)).toBe(before);
  });
});

describe('DisassociateSecurityGroupSnapshotPolicy', () => {
  it('removes groups from the policy; their snapshots stay, their pending window ends without one', async () => {
    const world = await snapshotWorld();
    const { engine, groupId, vpcId } = world;
    const other = await newGroup(engine, vpcId, 'other');
    const policyId = await newPolicy(engine, [groupId, other]);
    await allowIn(engine, groupId, tcpIn(22));
    await engine.call('DisassociateSecurityGroupSnapshotPolicy', {
      RegionId: R,
      SnapshotPolicyId: policyId,
      SecurityGroupIds: [groupId],
    });
    const [policy] = (await engine.call('DescribeSecurityGroupSnapshotPolicies', { RegionId: R })).SnapshotPolicies
      .SnapshotPolicy;
    expect(policy!.SecurityGroupIds.SecurityGroupId).toEqual([other]);
    world.clock.advance(5 * MINUTE);
    expect((await snapshotsOf(engine, groupId)).map((s) => s.Trigger)).toEqual(['Association']);
  });

  it('refuses a group that is not in the policy', async () => {
    const { engine, db, groupId, vpcId } = await snapshotWorld();
    const other = await newGroup(engine, vpcId, 'other');
    const policyId = await newPolicy(engine, [groupId]);
    const before = storedRows(db);
    await expectCode(
      engine.call('DisassociateSecurityGroupSnapshotPolicy', {
        RegionId: R,
        SnapshotPolicyId: policyId,
        SecurityGroupIds: [groupId, other],
      }),
      'InvalidSecurityGroupId.NotAssociated',
    );
    await expectCode(
      engine.call('DisassociateSecurityGroupSnapshotPolicy', {
        RegionId: R,
        SnapshotPolicyId: policyId,
        SecurityGroupIds: '',
      }),
      'MissingParameter.SecurityGroupIds',
    );
    expect(storedRows(db)).toBe(before);
  });
});
