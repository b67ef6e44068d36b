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
