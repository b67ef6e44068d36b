import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

describe('CreateSecurityGroup', () => {
  it('creates a basic group with Accept policy, no rules and a RequestId', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const res = await engine.call('CreateSecurityGroup', {
      RegionId: 'cn-hangzhou',
      VpcId: vpcId,
      SecurityGroupName: 'web-sg',
      Description: 'web tier',
      Tag: [{ Key: 'env', Value: 'prod' }],
    });
    expect(res.SecurityGroupId).toMatch(/^sg-bp1[a-z0-9]{17}$/);
    expect(res.RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    const attr = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: 'cn-hangzhou',
      SecurityGroupId: res.SecurityGroupId,
    });
    expect(attr.InnerAccessPolicy).toBe('Accept');
    expect(attr.Permissions.Permission).toEqual([]);
  });

  it('gives the same IDs for the same seed', async () => {
    const a = await emptyWorldWithVpc('seed-1');
    const b = await emptyWorldWithVpc('seed-1');
    const params = (vpcId: string) => ({ RegionId: 'cn-hangzhou', VpcId: vpcId });
    const idA = (await a.engine.call('CreateSecurityGroup', params(a.vpcId))).SecurityGroupId;
    const idB = (await b.engine.call('CreateSecurityGroup', params(b.vpcId))).SecurityGroupId;
    expect(idA).toBe(idB);
  });

  it('rejects bad input with the real codes and stores nothing', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const base = { RegionId: 'cn-hangzhou', VpcId: vpcId };
    await expectCode(engine.call('CreateSecurityGroup', { ...base, RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(engine.call('CreateSecurityGroup', { ...base, RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectCode(engine.call('CreateSecurityGroup', { ...base, VpcId: 'vpc-nope' }), 'InvalidVpcId.NotFound');
    await expectCode(engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou' }), 'InvalidVpcId.NotFound');
    await expectCode(
      engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', SecurityGroupType: 'enterprise' }),
      'InvalidParams.VpcIdGroupType',
    );
    await expectCode(
      engine.call('CreateSecurityGroup', { ...base, SecurityGroupType: 'premium' as never }),
      'InvalidParams.GroupType',
    );
    for (const bad of ['1abc', 'a', 'http://x', 'has space', 'x'.repeat(129)]) {
      await expectCode(
        engine.call('CreateSecurityGroup', { ...base, SecurityGroupName: bad }),
        'InvalidSecurityGroupName.Malformed',
      );
    }
    await expectCode(engine.call('CreateSecurityGroup', { ...base, Description: 'x' }), 'InvalidDescription.Malformed');
    await expectCode(
      engine.call('CreateSecurityGroup', { ...base, Description: 'https://evil' }),
      'InvalidDescription.Malformed',
    );
    await expectCode(
      engine.call('CreateSecurityGroup', { ...base, Tag: [{ Key: 'aliyun-x', Value: '' }] }),
      'InvalidTagKey.Malformed',
    );
    await expectCode(
      engine.call('CreateSecurityGroup', { ...base, Tag: [{ Key: 'k', Value: 'http://x' }] }),
      'InvalidTagValue.Malformed',
    );
    await expectCode(
      engine.call('CreateSecurityGroup', { ...base, Tag: [{ Key: 'k' }, { Key: 'k' }] }),
      'Duplicate.TagKey',
    );
    await expectCode(
      engine.call('CreateSecurityGroup', {
        ...base,
        Tag: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}` })),
      }),
      'QuotaExceed.Tags',
    );
    const list = await engine.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou' });
    expect(list.TotalCount).toBe(0);
  });

  it('accepts names in any script, with digits, colons, dots and hyphens', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const res = await engine.call('CreateSecurityGroup', {
      RegionId: 'cn-hangzhou',
      VpcId: vpcId,
      SecurityGroupName: '安全组:web_01.prod-a',
    });
    expect(res.SecurityGroupId).toMatch(/^sg-/);
  });

  it('creates an advanced group with Drop policy', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
      RegionId: 'cn-hangzhou',
      VpcId: vpcId,
      SecurityGroupType: 'enterprise',
    });
    const attr = await engine.call('DescribeSecurityGroupAttribute', { RegionId: 'cn-hangzhou', SecurityGroupId });
    expect(attr.InnerAccessPolicy).toBe('Drop');
  });

  it('stops at the region quota with QuotaExceed.SecurityGroup', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const limit = engine.profile.limits.groupsPerRegion;
    await engine.batch(async (call) => {
      for (let i = 0; i < limit; i++) await call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId });
    });
    await expectCode(
      engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId }),
      'QuotaExceed.SecurityGroup',
    );
  });
});
