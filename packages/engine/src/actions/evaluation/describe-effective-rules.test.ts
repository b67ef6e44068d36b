import { describe, expect, it } from 'vitest';
import { createInterface, REGION, rejectsUnchanged } from '../../test/membership-world.ts';
import { evaluationWorld } from '../../test/evaluation-support.ts';

describe('DescribeEffectiveRules', () => {
  it("lists an instance's or an interface's rules and defaults in evaluation order", async () => {
    const { engine, vswH, sg, vm } = await evaluationWorld();
    const res = await engine.call('DescribeEffectiveRules', { RegionId: REGION, InstanceId: vm.db1 });
    expect(
      res.EffectiveRules.EffectiveRule.map((e) => [e.Direction, e.Kind, e.DefaultName || e.Permission?.Description]),
    ).toEqual([
      ['ingress', 'Default', 'InnerAccessAccept'],
      ['ingress', 'Rule', 'mysql from web'],
      ['ingress', 'Default', 'BasicDefaultIngressDeny'],
      ['egress', 'Default', 'PlatformTcp25Block'],
      ['egress', 'Default', 'InnerAccessAccept'],
      ['egress', 'Default', 'BasicDefaultEgressAllow'],
    ]);
    expect(res.EffectiveRules.EffectiveRule[1]).toMatchObject({
      SecurityGroupId: sg.db,
      Policy: 'Accept',
      Unsaved: false,
    });
    // Seed 001: the default rules have priority 110; the entries that act before every rule have none.
    expect(res.EffectiveRules.EffectiveRule.map((e) => [e.DefaultName || 'rule', e.Priority])).toEqual([
      ['InnerAccessAccept', ''],
      ['rule', res.EffectiveRules.EffectiveRule[1]!.Permission!.Priority],
      ['BasicDefaultIngressDeny', '110'],
      ['PlatformTcp25Block', ''],
      ['InnerAccessAccept', ''],
      ['BasicDefaultEgressAllow', '110'],
    ]);
    const eni = await createInterface(engine, vswH, [sg.web, sg.db]);
    await engine.call('ModifySecurityGroupPolicy', {
      RegionId: REGION,
      SecurityGroupId: sg.web,
      InnerAccessPolicy: 'Drop',
    });
    const ingress = await engine.call('DescribeEffectiveRules', {
      RegionId: REGION,
      NetworkInterfaceId: eni,
      Direction: 'ingress',
    });
    expect(ingress.NetworkInterfaceId).toBe(eni);
    expect(ingress.EffectiveRules.EffectiveRule.map((e) => [e.DefaultName, e.SecurityGroupIds])).toEqual([
      ['InnerAccessAccept', [sg.db]],
      ['', [sg.db]],
      ['InnerAccessDrop', [sg.web]],
      ['BasicDefaultIngressDeny', [sg.web, sg.db]],
    ]);
    // The Drop internal policy sits below every rule, with the type's default.
    expect(ingress.EffectiveRules.EffectiveRule[2]!.Priority).toBe('110');
    const all = await engine.call('DescribeEffectiveRules', {
      RegionId: REGION,
      NetworkInterfaceId: eni,
      Direction: 'all',
    });
    expect(all.EffectiveRules.EffectiveRule).toHaveLength(7);
  });

  it('rejects bad parameters', async () => {
    const { engine, db, vm, primaryId } = await evaluationWorld();
    const call = (params: Record<string, unknown>) => () =>
      engine.call('DescribeEffectiveRules', { RegionId: REGION, InstanceId: vm.db1, ...params });
    await rejectsUnchanged(db, call({ RegionId: '' }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, call({ RegionId: 'cn-beijing' }), 'InvalidInstanceId.NotFound');
    await rejectsUnchanged(db, call({ NetworkInterfaceId: primaryId }), 'InvalidParam.EniIdAndInstanceId.Conflict');
    await rejectsUnchanged(db, call({ InstanceId: undefined }), 'MissingParameter.InstanceId');
    await rejectsUnchanged(db, call({ InstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    await rejectsUnchanged(
      db,
      call({ InstanceId: undefined, NetworkInterfaceId: 'eni-nope' }),
      'InvalidEniId.NotFound',
    );
    await rejectsUnchanged(db, call({ Direction: 'inbound' }), 'InvalidParameter.Direction');
  });
});
