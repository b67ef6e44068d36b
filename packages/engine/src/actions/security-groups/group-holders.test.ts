import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

/**
 * Tests that need instances (RunInstances) and rules (Authorize*): member and rule counts in the list,
 * rules in DescribeSecurityGroupAttribute, DescribeSecurityGroupReferences and DescribeSecurityGroupDependencies.
 */
const R = 'cn-hangzhou';
const IMAGE = 'aliyun_3_x64_20G_alibase_20240101.vhd';

async function world() {
  const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
  const create = async (SecurityGroupName: string) =>
    (await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId, SecurityGroupName })).SecurityGroupId;
  const web = await create('web');
  const db = await create('db');
  const cache = await create('cache');
  await engine.call('AuthorizeSecurityGroup', {
    RegionId: R,
    SecurityGroupId: db,
    Permissions: [
      {
        IpProtocol: 'TCP',
        PortRange: '3306/3306',
        SourceGroupId: web,
        Policy: 'accept',
        Priority: '1',
        Description: 'from web',
      },
      { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' },
    ],
  });
  await engine.call('AuthorizeSecurityGroupEgress', {
    RegionId: R,
    SecurityGroupId: cache,
    Permissions: [{ IpProtocol: 'TCP', PortRange: '443/443', DestGroupId: web }],
  });
  const run = async (SecurityGroupIds: string[], InstanceName: string) =>
    (
      await engine.call('RunInstances', {
        RegionId: R,
        VSwitchId: vSwitchId,
        SecurityGroupIds,
        InstanceName,
        ImageId: IMAGE,
      })
    ).InstanceIdSets.InstanceIdSet[0] ?? '';
  const web1 = await run([web], 'web-1');
  const web2 = await run([web, db], 'web-2');
  return { engine, web, db, cache, web1, web2 };
}

describe('groups with members and rules', () => {
  it('counts instances, capacity and rules in DescribeSecurityGroups', async () => {
    const { engine, web, db, cache } = await world();
    const list = (await engine.call('DescribeSecurityGroups', { RegionId: R })).SecurityGroups.SecurityGroup;
    const byId = new Map(list.map((g) => [g.SecurityGroupId, g]));
    expect(byId.get(web)).toMatchObject({
      EcsCount: 2,
      AvailableInstanceAmount: 5998,
      RuleCount: 0,
      GroupToGroupRuleCount: 0,
    });
    expect(byId.get(db)).toMatchObject({
      EcsCount: 1,
      AvailableInstanceAmount: 5999,
      RuleCount: 2,
      GroupToGroupRuleCount: 1,
    });
    expect(byId.get(cache)).toMatchObject({
      EcsCount: 0,
      AvailableInstanceAmount: 6000,
      RuleCount: 1,
      GroupToGroupRuleCount: 1,
    });
  });

  it('returns rules in stored order with group names, by direction and page', async () => {
    const { engine, db, cache } = await world();
    const attr = await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId: db });
    expect(attr.Permissions.Permission).toMatchObject([
      {
        Direction: 'ingress',
        SourceGroupId: expect.any(String),
        SourceGroupName: 'web',
        Policy: 'Accept',
        Priority: '1',
        Description: 'from web',
      },
      { Direction: 'ingress', SourceCidrIp: '10.0.0.0/8', SourceGroupName: '' },
    ]);
    const egress = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: R,
      SecurityGroupId: cache,
      Direction: 'egress',
    });
    expect(egress.Permissions.Permission).toMatchObject([{ Direction: 'egress', DestGroupName: 'web' }]);
    const ingress = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: R,
      SecurityGroupId: cache,
      Direction: 'ingress',
    });
    expect(ingress.Permissions.Permission).toEqual([]);

    await engine.call('AuthorizeSecurityGroup', {
      RegionId: R,
      SecurityGroupId: cache,
      Permissions: Array.from({ length: 11 }, (_, i) => ({
        IpProtocol: 'TCP',
        PortRange: `${i + 1}/${i + 1}`,
        SourceCidrIp: '0.0.0.0/0',
      })),
    });
    const first = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: R,
      SecurityGroupId: cache,
      MaxResults: 10,
    });
    expect(first.Permissions.Permission).toHaveLength(10);
    expect(first.NextToken).toBe('10');
    const rest = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: R,
      SecurityGroupId: cache,
      MaxResults: 10,
      NextToken: first.NextToken,
    });
    expect(rest.Permissions.Permission.map((p) => p.PortRange)).toEqual(['10/10', '11/11']);
    expect(rest.NextToken).toBe('');
  });

  it('lists referencing groups with DescribeSecurityGroupReferences', async () => {
    const { engine, web, db, cache } = await world();
    const res = await engine.call('DescribeSecurityGroupReferences', { RegionId: R, SecurityGroupId: [web, db] });
    expect(res.SecurityGroupReferences.SecurityGroupReference).toEqual([
      {
        SecurityGroupId: web,
        ReferencingSecurityGroups: {
          ReferencingSecurityGroup: [db, cache].sort().map((SecurityGroupId) => ({ SecurityGroupId, AliUid: '' })),
        },
      },
      { SecurityGroupId: db, ReferencingSecurityGroups: { ReferencingSecurityGroup: [] } },
    ]);
    const call = (params: Record<string, unknown>) =>
      engine.call('DescribeSecurityGroupReferences', { RegionId: R, SecurityGroupId: [web], ...params });
    await expectCode(call({ RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectCode(call({ SecurityGroupId: [] }), 'MissingParameter.SecurityGroupId');
    await expectCode(call({ SecurityGroupId: web }), 'InvalidParameter');
    await expectCode(call({ SecurityGroupId: Array.from({ length: 11 }, () => web) }), 'InvalidParameter');
    await expectCode(call({ SecurityGroupId: ['nope'] }), 'InvalidSecurityGroupId.Malformed');
    await expectCode(call({ SecurityGroupId: [web, 'sg-bp1nothere'] }), 'InvalidSecurityGroupId.NotFound');
  });

  it('shows what holds a group with DescribeSecurityGroupDependencies', async () => {
    const { engine, web, db, cache, web1, web2 } = await world();
    const deps = await engine.call('DescribeSecurityGroupDependencies', { RegionId: R, SecurityGroupId: web });
    expect(deps.Instances).toEqual(
      [
        { InstanceId: web1, InstanceName: 'web-1' },
        { InstanceId: web2, InstanceName: 'web-2' },
      ].sort((a, b) => a.InstanceId.localeCompare(b.InstanceId)),
    );
    expect(deps.NetworkInterfaces).toHaveLength(2);
    expect(deps.NetworkInterfaces.map((n) => n.Type)).toEqual(['Primary', 'Primary']);
    expect(deps.NetworkInterfaces.map((n) => n.InstanceId).sort()).toEqual([web1, web2].sort());
    expect(deps.ReferencingSecurityGroups).toEqual(
      [
        { SecurityGroupId: db, SecurityGroupName: 'db' },
        { SecurityGroupId: cache, SecurityGroupName: 'cache' },
      ].sort((a, b) => a.SecurityGroupId.localeCompare(b.SecurityGroupId)),
    );
    expect(deps).toMatchObject({ DeletionProtection: false, ServiceManaged: false, Deletable: false });

    const free = await engine.call('DescribeSecurityGroupDependencies', { RegionId: R, SecurityGroupId: cache });
    expect(free).toMatchObject({
      Instances: [],
      NetworkInterfaces: [],
      ReferencingSecurityGroups: [],
      Deletable: true,
    });
    await engine.call('ModifySecurityGroupDeletionProtection', {
      RegionId: R,
      SecurityGroupId: cache,
      DeletionProtection: true,
    });
    expect(
      (await engine.call('DescribeSecurityGroupDependencies', { RegionId: R, SecurityGroupId: cache })).Deletable,
    ).toBe(false);

    const call = (params: Record<string, unknown>) =>
      engine.call('DescribeSecurityGroupDependencies', { RegionId: R, SecurityGroupId: web, ...params });
    await expectCode(call({ RegionId: undefined }), 'MissingParameter.RegionId');
    await expectCode(call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectCode(call({ SecurityGroupId: '' }), 'MissingParameter.SecurityGroupId');
    await expectCode(call({ SecurityGroupId: 'web' }), 'InvalidSecurityGroupId.Malformed');
    await expectCode(call({ SecurityGroupId: 'sg-bp1nothere' }), 'InvalidSecurityGroupId.NotFound');
  });
});
