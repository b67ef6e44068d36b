import { DEFAULT_RESOURCE_GROUP_ID } from '../../model/account.ts';
import { describe, expect, it } from 'vitest';
import type { ManualClock } from '../../clock.ts';
import type { Engine } from '../../engine.ts';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const R = 'cn-hangzhou';

/** Creates groups one second apart, so "newest first" has a defined order. */
async function createGroups(engine: Engine, vpcId: string, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    (engine.clock as ManualClock).advance(1000);
    ids.push(
      (await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId, SecurityGroupName: name }))
        .SecurityGroupId,
    );
  }
  return ids;
}

describe('DescribeSecurityGroups', () => {
  it("lists the region's groups newest first, with every field", async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const [a, b] = await createGroups(engine, vpcId, ['alpha', 'beta']);
    const res = await engine.call('DescribeSecurityGroups', { RegionId: R });
    expect(res.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId)).toEqual([b, a]);
    expect(res).toMatchObject({ TotalCount: 2, PageNumber: 1, PageSize: 10, NextToken: '', RegionId: R });
    expect(res.SecurityGroups.SecurityGroup[1]).toEqual({
      SecurityGroupId: a,
      SecurityGroupName: 'alpha',
      Description: '',
      SecurityGroupType: 'normal',
      VpcId: vpcId,
      CreationTime: '2026-01-01T00:00:01Z',
      ResourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
      EcsCount: 0,
      AvailableInstanceAmount: 6000,
      RuleCount: 0,
      GroupToGroupRuleCount: 0,
      ServiceManaged: false,
      ServiceID: 0,
      Tags: { Tag: [] },
      InnerAccessPolicy: 'Accept',
      DeletionProtection: false,
      IsDefault: false,
    });
  });

  it('gives an enterprise group a capacity of 65536 interfaces', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId, SecurityGroupType: 'enterprise' });
    const [group] = (await engine.call('DescribeSecurityGroups', { RegionId: R })).SecurityGroups.SecurityGroup;
    expect(group).toMatchObject({
      SecurityGroupType: 'enterprise',
      AvailableInstanceAmount: 65536,
      InnerAccessPolicy: 'Drop',
    });
  });

  it('does not show groups of another region', async () => {
    const { engine } = await emptyWorldWithVpc();
    const { VpcId } = await engine.call('CreateVpc', { RegionId: 'cn-shanghai' });
    await engine.call('CreateSecurityGroup', { RegionId: 'cn-shanghai', VpcId });
    expect((await engine.call('DescribeSecurityGroups', { RegionId: R })).TotalCount).toBe(0);
    expect((await engine.call('DescribeSecurityGroups', { RegionId: 'cn-shanghai' })).TotalCount).toBe(1);
  });

  it('filters by IDs, name, keyword, VPC, type and tags', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const [web = '', db = '', webAdmin = ''] = await createGroups(engine, vpcId, ['web', 'db', 'Web-Admin']);
    const { VpcId: otherVpc } = await engine.call('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/8' });
    const { SecurityGroupId: other } = await engine.call('CreateSecurityGroup', {
      RegionId: R,
      VpcId: otherVpc,
      SecurityGroupType: 'enterprise',
      Tag: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: 'core' },
      ],
    });
    const { SecurityGroupId: staging } = await engine.call('CreateSecurityGroup', {
      RegionId: R,
      VpcId: vpcId,
      Tag: [{ Key: 'env', Value: 'staging' }],
    });
    const ids = async (filter: Record<string, unknown>) =>
      (await engine.call('DescribeSecurityGroups', { RegionId: R, ...filter })).SecurityGroups.SecurityGroup.map(
        (g) => g.SecurityGroupId,
      ).sort();

    expect(await ids({ SecurityGroupIds: JSON.stringify([web, db, 'sg-unknown']) })).toEqual([web, db].sort());
    expect(await ids({ SecurityGroupIds: [db] })).toEqual([db]);
    expect(await ids({ SecurityGroupIds: '[]' })).toEqual([]);
    expect(await ids({ SecurityGroupId: webAdmin })).toEqual([webAdmin]);
    expect(await ids({ SecurityGroupName: 'web' })).toEqual([web]);
    expect(await ids({ Keyword: 'WEB' })).toEqual([web, webAdmin].sort());
    expect(await ids({ Keyword: db.slice(3, 12).toUpperCase() })).toEqual([db]);
    expect(await ids({ VpcId: otherVpc })).toEqual([other]);
    expect(await ids({ SecurityGroupType: 'enterprise' })).toEqual([other]);
    expect(await ids({ Tag: [{ Key: 'env' }] })).toEqual([other, staging].sort());
    expect(await ids({ Tag: [{ Key: 'env', Value: 'prod' }] })).toEqual([other]);
    expect(await ids({ Tag: [{ Key: 'env', Value: 'staging' }, { Key: 'team' }] })).toEqual([]);
    expect(
      await ids({
        Tag: [
          { Key: 'env', Value: '' },
          { Key: 'team', Value: 'core' },
        ],
      }),
    ).toEqual([other]);
  });

  it('pages with MaxResults and NextToken, and with PageNumber and PageSize', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const created = await createGroups(
      engine,
      vpcId,
      Array.from({ length: 12 }, (_, i) => `g${i}`),
    );
    const newestFirst = [...created].reverse();

    const first = await engine.call('DescribeSecurityGroups', { RegionId: R });
    expect(first.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId)).toEqual(newestFirst.slice(0, 10));
    expect(first).toMatchObject({ TotalCount: 12, NextToken: '10', PageNumber: 1, PageSize: 10 });
    const second = await engine.call('DescribeSecurityGroups', { RegionId: R, NextToken: first.NextToken });
    expect(second.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId)).toEqual(newestFirst.slice(10));
    expect(second).toMatchObject({ NextToken: '', PageNumber: 2 });

    const byNumber = await engine.call('DescribeSecurityGroups', { RegionId: R, PageNumber: 3, PageSize: 5 });
    expect(byNumber.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupId)).toEqual(newestFirst.slice(10));
    expect(byNumber).toMatchObject({ TotalCount: 12, PageNumber: 3, PageSize: 5, NextToken: '' });
  });

  it('rejects bad parameters with the real codes', async () => {
    const { engine } = await emptyWorldWithVpc();
    await expectCode(engine.call('DescribeSecurityGroups', { RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(engine.call('DescribeSecurityGroups', { RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    for (const bad of ['sg-a', '{"a":1}', '[1]', JSON.stringify(Array.from({ length: 101 }, (_, i) => `sg-${i}`))]) {
      await expectCode(
        engine.call('DescribeSecurityGroups', { RegionId: R, SecurityGroupIds: bad }),
        'InvalidSecurityGroupIds.Malformed',
      );
    }
    await expectCode(
      engine.call('DescribeSecurityGroups', { RegionId: R, NextToken: 'abc' }),
      'InvalidNextToken.Malformed',
    );
    await expectCode(engine.call('DescribeSecurityGroups', { RegionId: R, MaxResults: 5 }), 'InvalidParameter');
    await expectCode(engine.call('DescribeSecurityGroups', { RegionId: R, PageSize: 101 }), 'InvalidParameter');
    await expectCode(engine.call('DescribeSecurityGroups', { RegionId: R, Tag: 'env' as never }), 'InvalidParameter');
  });
});
