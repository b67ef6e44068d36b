import { describe, expect, it } from 'vitest';
import { membershipWorld, REGION } from '../test/membership-world.ts';
import { inEvaluationOrder } from './evaluation-order.ts';

describe('inEvaluationOrder', () => {
  it('puts smaller priority numbers first, drops before accepts, and keeps the stored order of ties', () => {
    const rules = [
      { id: 'a', Priority: '5', Policy: 'Accept' },
      { id: 'b', Priority: '1', Policy: 'Accept' },
      { id: 'c', Priority: '5', Policy: 'Drop' },
      { id: 'd', Priority: '10', Policy: 'Drop' },
      { id: 'e', Priority: '1', Policy: 'Accept' },
    ] as const;
    expect(inEvaluationOrder(rules).map((r) => r.id)).toEqual(['b', 'e', 'c', 'a', 'd']);
    expect(rules.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it("orders a group's rules exactly as the evaluation does (DescribeEffectiveRules)", async () => {
    const { engine, groups, primaryId } = await membershipWorld();
    const rule = (Priority: string, Policy: string, port: number) => ({
      IpProtocol: 'TCP',
      PortRange: `${port}/${port}`,
      SourceCidrIp: '10.0.0.0/8',
      Priority,
      Policy,
      Description: `p${Priority} ${Policy} ${port}`,
    });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groups.a,
      Permissions: [rule('50', 'accept', 1), rule('7', 'accept', 2), rule('50', 'drop', 3), rule('7', 'drop', 4)],
    });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groups.a,
      Permissions: [rule('1', 'accept', 5), rule('50', 'accept', 6)],
    });
    const stored = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: REGION,
      SecurityGroupId: groups.a,
      Direction: 'ingress',
    });
    const effective = await engine.call('DescribeEffectiveRules', {
      RegionId: REGION,
      NetworkInterfaceId: primaryId,
      Direction: 'ingress',
    });
    const evaluated = effective.EffectiveRules.EffectiveRule.flatMap((e) =>
      e.Permission ? [e.Permission.Description] : [],
    );
    expect(inEvaluationOrder(stored.Permissions.Permission).map((p) => p.Description)).toEqual(evaluated);
  });
});

describe('inEvaluationOrder where position decides', () => {
  it('keeps the stored order (Tencent, JD)', () => {
    const rules = [
      { id: 'a', Priority: '1', Policy: 'Accept' },
      { id: 'b', Priority: '1', Policy: 'Drop' },
    ] as const;
    expect(inEvaluationOrder(rules, 'position').map((r) => r.id)).toEqual(['a', 'b']);
    expect(inEvaluationOrder(rules, 'priority').map((r) => r.id)).toEqual(['b', 'a']);
  });
});
