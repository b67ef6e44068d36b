import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const R = 'cn-hangzhou';

describe('DescribeSecurityGroupAttribute', () => {
  it('returns the group with its extras and no rules', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
      RegionId: R,
      VpcId: vpcId,
      SecurityGroupName: 'web',
      Description: 'web tier',
      Tag: [{ Key: 'env', Value: 'prod' }],
    });
    const attr = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: R,
      SecurityGroupId,
      NicType: 'internet',
    });
    expect(attr).toMatchObject({
      SecurityGroupId,
      SecurityGroupName: 'web',
      Description: 'web tier',
      RegionId: R,
      VpcId: vpcId,
      InnerAccessPolicy: 'Accept',
      NextToken: '',
      Permissions: { Permission: [] },
      SecurityGroupType: 'normal',
      DeletionProtection: false,
      ServiceManaged: false,
      CreationTime: '2026-01-01T00:00:00Z',
      Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
    });
    expect(attr).not.toHaveProperty('SnapshotPolicyIds');
    const withSnapshots = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: R,
      SecurityGroupId,
      Attribute: 'snapshotPolicyIds',
      Direction: 'ingress',
    });
    expect(withSnapshots.SnapshotPolicyIds).toEqual({ SnapshotPolicyId: [] });
  });

  it('gives the implicit default rules of the group type with priority 110, after the rules (ours)', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const basic = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    const advanced = await engine.call('CreateSecurityGroup', {
      RegionId: R,
      VpcId: vpcId,
      SecurityGroupType: 'enterprise',
    });
    const defaults = async (SecurityGroupId: string, Direction?: 'ingress' | 'egress') => {
      const attr = await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId, Direction });
      return attr.DefaultRules.DefaultRule.map((d) => [d.Direction, d.Policy, d.Priority, d.DefaultName]);
    };
    // Seed 001: a custom (basic) group denies all inbound and allows all outbound, at priority 110.
    expect(await defaults(basic.SecurityGroupId)).toEqual([
      ['ingress', 'Drop', '110', 'BasicDefaultIngressDeny'],
      ['egress', 'Accept', '110', 'BasicDefaultEgressAllow'],
    ]);
    // An advanced group denies both ways.
    expect(await defaults(advanced.SecurityGroupId)).toEqual([
      ['ingress', 'Drop', '110', 'AdvancedDefaultDeny'],
      ['egress', 'Drop', '110', 'AdvancedDefaultDeny'],
    ]);
    expect(await defaults(basic.SecurityGroupId, 'egress')).toEqual([
      ['egress', 'Accept', '110', 'BasicDefaultEgressAllow'],
    ]);
    const attr = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: R,
      SecurityGroupId: basic.SecurityGroupId,
    });
    expect(attr.DefaultRules.DefaultRule[0]).toMatchObject({
      IpProtocol: 'ALL',
      PortRange: '-1/-1',
      CidrIps: ['0.0.0.0/0', '::/0'],
      Description: 'Basic security group default: inbound traffic that no rule allows is denied.',
    });
    // Not rules: neither listed among the Permissions nor counted.
    expect(attr.Permissions.Permission).toEqual([]);
    expect(attr.RuleQuotaUsed).toBe(0);
  });

  it('ends the effective rules of a member with the same default rules', async () => {
    const { engine, vpcId, vSwitchId: VSwitchId } = await emptyWorldWithVpc();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    const attr = await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId });
    const eni = await engine.call('CreateNetworkInterface', { RegionId: R, VSwitchId, SecurityGroupId });
    const effective = await engine.call('DescribeEffectiveRules', {
      RegionId: R,
      NetworkInterfaceId: eni.NetworkInterfaceId,
    });
    const last = (direction: string) =>
      effective.EffectiveRules.EffectiveRule.filter((e) => e.Direction === direction).at(-1)!;
    for (const shown of attr.DefaultRules.DefaultRule) {
      expect(last(shown.Direction)).toMatchObject({
        Kind: 'Default',
        DefaultName: shown.DefaultName,
        Policy: shown.Policy,
        Priority: shown.Priority,
        Description: shown.Description,
      });
    }
  });

  it('rejects bad parameters and unknown groups with the real codes', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    const call = (params: Record<string, unknown>) =>
      engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId, ...params });
    await expectCode(call({ RegionId: undefined }), 'MissingParameter.RegionId');
    await expectCode(call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectCode(call({ SecurityGroupId: '' }), 'MissingParameter.SecurityGroupId');
    for (const bad of ['bp1abc', 'sg-', 'sg-a b', `sg-${'a'.repeat(98)}`]) {
      await expectCode(call({ SecurityGroupId: bad }), 'InvalidSecurityGroupId.Malformed');
    }
    const notFound = await expectCode(
      call({ SecurityGroupId: 'sg-bp1doesnotexist0000' }),
      'InvalidSecurityGroupId.NotFound',
    );
    expect(notFound.HttpStatus).toBe(404);
    expect(notFound.Message).toBe('The SecurityGroupId provided does not exist in our records.');
    await expectCode(call({ RegionId: 'cn-shanghai' }), 'InvalidSecurityGroupId.NotFound');
    await expectCode(call({ Direction: 'inbound' }), 'InvalidParameter.Direction');
    await expectCode(call({ MaxResults: 1001 }), 'InvalidParameter');
    await expectCode(call({ NextToken: '-1' }), 'InvalidNextToken.Malformed');
  });
});
