import { describe, expect, it } from 'vitest';
import { createInterface, REGION, rejectsUnchanged, storedRows } from '../../test/membership-world.ts';
import { evaluationWorld } from '../../test/evaluation-support.ts';

describe('EvaluateTraffic', () => {
  it('judges a flow on an instance or interface and names the deciding rule with its group', async () => {
    const { engine, db, sg, vm } = await evaluationWorld();
    const before = storedRows(db);
    const res = await engine.call('EvaluateTraffic', {
      RegionId: REGION,
      InstanceId: vm.db1,
      Direction: 'ingress',
      IpProtocol: 'TCP',
      Port: 3306,
      PeerInstanceId: vm.web1,
    });
    expect(res).toMatchObject({
      Verdict: 'Allowed',
      Direction: 'ingress',
      Stateful: true,
      DecidingRule: {
        Kind: 'Rule',
        SecurityGroupId: sg.db,
        Policy: 'Accept',
        Permission: { SourceGroupId: sg.web, SourceGroupName: 'web-sg', PortRange: '3306/3306', Priority: '10' },
      },
    });
    expect(res.Note).toMatch(/stateful/);
    expect(res.Considered.map((c) => [c.Rule.Kind, c.Rule.DefaultName, c.Matched])).toEqual([
      ['Default', 'InnerAccessAccept', false],
      ['Rule', '', true],
    ]);
    // A bare address of a member counts as the member; another address does not.
    const byIp = (PeerIp: string) =>
      engine.call('EvaluateTraffic', {
        RegionId: REGION,
        InstanceId: vm.db1,
        Direction: 'ingress',
        IpProtocol: 'tcp',
        Port: '3306' as never,
        PeerIp,
      });
    expect((await byIp('172.16.1.6')).Verdict).toBe('Allowed');
    expect((await byIp('172.16.1.8')).DecidingRule.DefaultName).toBe('BasicDefaultIngressDeny');
    expect((await byIp('2001:db8::1')).Verdict).toBe('Denied');
    // Outbound TCP 25 is blocked whatever the rules.
    const smtp = await engine.call('EvaluateTraffic', {
      RegionId: REGION,
      InstanceId: vm.web1,
      Direction: 'egress',
      IpProtocol: 'TCP',
      Port: 25,
      PeerIp: '198.51.100.1',
    });
    expect([smtp.Verdict, smtp.DecidingRule.DefaultName]).toEqual(['Denied', 'PlatformTcp25Block']);
    expect(storedRows(db)).toBe(before);
  });

  it('follows membership live: joining and leaving a referenced group changes the verdict', async () => {
    const { engine, sg, vm } = await evaluationWorld();
    const verdict = async () =>
      (
        await engine.call('EvaluateTraffic', {
          RegionId: REGION,
          InstanceId: vm.db1,
          Direction: 'ingress',
          IpProtocol: 'TCP',
          Port: 3306,
          PeerInstanceId: vm.jump1,
        })
      ).Verdict;
    expect(await verdict()).toBe('Denied');
    await engine.call('JoinSecurityGroup', { SecurityGroupId: sg.web, InstanceId: vm.jump1 });
    expect(await verdict()).toBe('Allowed');
    await engine.call('LeaveSecurityGroup', { SecurityGroupId: sg.web, InstanceId: vm.jump1 });
    expect(await verdict()).toBe('Denied');
  });

  it('evaluates unsaved rules through RuleOverrides without touching the stored ones', async () => {
    const { engine, db, vswH, sg, vm } = await evaluationWorld();
    const eni = await createInterface(engine, vswH, [sg.jump]);
    const before = storedRows(db);
    const call = (RuleOverrides?: unknown) =>
      engine.call('EvaluateTraffic', {
        RegionId: REGION,
        NetworkInterfaceId: eni,
        Direction: 'ingress',
        IpProtocol: 'TCP',
        Port: 22,
        PeerInstanceId: vm.web1,
        RuleOverrides: RuleOverrides as never,
      });
    expect((await call()).Verdict).toBe('Denied');
    const opened = await call([
      {
        SecurityGroupId: sg.jump,
        Rules: [{ Direction: 'ingress', IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '172.16.1.0/24' }],
      },
    ]);
    expect(opened.Verdict).toBe('Allowed');
    expect(opened.DecidingRule).toMatchObject({
      Unsaved: true,
      Permission: { SourceCidrIp: '172.16.1.0/24', Policy: 'Accept' },
    });
    expect(storedRows(db)).toBe(before);
  });

  it('rejects bad parameters', async () => {
    const { engine, db, sg, vm, primaryId } = await evaluationWorld();
    const call = (params: Record<string, unknown>) => () =>
      engine.call('EvaluateTraffic', {
        RegionId: REGION,
        InstanceId: vm.db1,
        Direction: 'ingress',
        IpProtocol: 'TCP',
        Port: 3306,
        PeerIp: '10.0.0.1',
        ...params,
      });
    await rejectsUnchanged(db, call({ RegionId: undefined }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, call({ NetworkInterfaceId: primaryId }), 'InvalidParam.EniIdAndInstanceId.Conflict');
    await rejectsUnchanged(db, call({ InstanceId: undefined }), 'MissingParameter.InstanceId');
    await rejectsUnchanged(db, call({ InstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    await rejectsUnchanged(
      db,
      call({ InstanceId: undefined, NetworkInterfaceId: 'eni-nope' }),
      'InvalidEniId.NotFound',
    );
    await rejectsUnchanged(db, call({ Direction: undefined }), 'InvalidParameter.Direction');
    await rejectsUnchanged(db, call({ Direction: 'all' }), 'InvalidParameter.Direction');
    await rejectsUnchanged(db, call({ IpProtocol: '' }), 'MissingParameter.IpProtocol');
    await rejectsUnchanged(db, call({ IpProtocol: 'SCTP' }), 'InvalidIpProtocol.ValueNotSupported');
    await rejectsUnchanged(db, call({ IpProtocol: 'ALL' }), 'InvalidIpProtocol.ValueNotSupported');
    await rejectsUnchanged(db, call({ Port: undefined }), 'MissingParameter.Port');
    for (const Port of [0, 65536, 1.5, 'ssh', true])
      await rejectsUnchanged(db, call({ Port }), 'InvalidParameter.Port');
    await rejectsUnchanged(db, call({ PeerIp: undefined }), 'MissingParameter.Peer');
    await rejectsUnchanged(db, call({ PeerInstanceId: vm.web1 }), 'InvalidParameter.Conflict');
    await rejectsUnchanged(db, call({ PeerIp: '10.0.0.300' }), 'InvalidParameter.PeerIp');
    await rejectsUnchanged(db, call({ PeerIp: 7 }), 'InvalidParameter');
    await rejectsUnchanged(
      db,
      call({ PeerIp: undefined, PeerNetworkInterfaceId: 'eni-nope' }),
      'InvalidEniId.NotFound',
    );
    await rejectsUnchanged(db, call({ PeerIp: undefined, PeerInstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    await rejectsUnchanged(db, call({ RuleOverrides: 'x' }), 'InvalidParameter');
    for (const RuleOverrides of [
      [7],
      [{ Rules: [] }],
      [{ SecurityGroupId: sg.db, Rules: 'x' }],
      [{ SecurityGroupId: sg.db, Rules: [{ IpProtocol: 'TCP' }] }],
      [{ SecurityGroupId: sg.db, Rules: [null] }],
      [
        { SecurityGroupId: sg.db, Rules: [] },
        { SecurityGroupId: sg.db, Rules: [] },
      ],
    ]) {
      await rejectsUnchanged(db, call({ RuleOverrides }), 'InvalidParameter.RuleOverrides');
    }
    await rejectsUnchanged(
      db,
      call({ RuleOverrides: [{ SecurityGroupId: 'sg-nope', Rules: [] }] }),
      'InvalidSecurityGroupId.NotFound',
    );
  });
});
