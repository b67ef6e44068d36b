import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

describe('RunInstances security groups', () => {
  it('puts the primary interface in the given groups, in order', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const a = (await engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId })).SecurityGroupId;
    const b = (await engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId })).SecurityGroupId;
    const res = await engine.call('RunInstances', {
      RegionId: 'cn-hangzhou',
      VSwitchId: vSwitchId,
      ImageId: IMAGE,
      SecurityGroupIds: [b, a],
    });
    const [instance] = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance;
    expect(instance?.InstanceId).toBe(res.InstanceIdSets.InstanceIdSet[0]);
    expect(instance?.SecurityGroupIds.SecurityGroupId).toEqual([b, a]);
    const groups = await engine.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou' });
    expect(groups.TotalCount).toBe(2);
    expect(groups.SecurityGroups.SecurityGroup.every((g) => g.EcsCount === 1)).toBe(true);
  });

  it("makes the VPC's default group on first need and reuses it after", async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const base = { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE };
    await engine.call('RunInstances', base);
    await engine.call('RunInstances', { ...base, SecurityGroupIds: [], DefaultGroupOpenWeb: true });
    const groups = (await engine.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou' })).SecurityGroups
      .SecurityGroup;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      SecurityGroupName: 'default-test-vpc',
      Description: 'System created security group.',
      SecurityGroupType: 'normal',
      InnerAccessPolicy: 'Accept',
      VpcId: vpcId,
      IsDefault: true,
      EcsCount: 2,
    });
    const attr = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: 'cn-hangzhou',
      SecurityGroupId: groups[0]!.SecurityGroupId,
    });
    const rules = attr.Permissions.Permission.map((p) => [
      p.Direction,
      p.IpProtocol,
      p.PortRange,
      p.Direction === 'ingress' ? p.SourceCidrIp : p.DestCidrIp,
      p.Policy,
      p.Priority,
    ]);
    // The second call's DefaultGroupOpenWeb does not touch the group that already exists.
    expect(rules).toEqual([
      ['ingress', 'ICMP', '-1/-1', '0.0.0.0/0', 'Accept', '100'],
      ['ingress', 'TCP', '22/22', '0.0.0.0/0', 'Accept', '100'],
      ['ingress', 'TCP', '3389/3389', '0.0.0.0/0', 'Accept', '100'],
      ['egress', 'ALL', '-1/-1', '0.0.0.0/0', 'Accept', '100'],
    ]);
    expect(
      attr.Permissions.Permission.every((p) => p.SecurityGroupRuleId.startsWith('sgr-') && p.NicType === 'intranet'),
    ).toBe(true);
  });

  it('opens 80 and 443 too when DefaultGroupOpenWeb makes the group; unnamed VPCs name it by ID', async () => {
    const { engine } = await emptyWorldWithVpc();
    const { VpcId } = await engine.call('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: '10.0.0.0/8' });
    const { VSwitchId } = await engine.call('CreateVSwitch', {
      RegionId: 'cn-hangzhou',
      VpcId,
      ZoneId: 'cn-hangzhou-j',
      CidrBlock: '10.1.0.0/24',
    });
    await engine.call('RunInstances', {
      RegionId: 'cn-hangzhou',
      VSwitchId,
      ImageId: IMAGE,
      DefaultGroupOpenWeb: true,
    });
    const [group] = (await engine.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou', VpcId })).SecurityGroups
      .SecurityGroup;
    expect(group?.SecurityGroupName).toBe(`default-${VpcId}`);
    const attr = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId: 'cn-hangzhou',
      SecurityGroupId: group!.SecurityGroupId,
      Direction: 'ingress',
    });
    expect(attr.Permissions.Permission.map((p) => p.PortRange)).toEqual([
      '-1/-1',
      '22/22',
      '3389/3389',
      '80/80',
      '443/443',
    ]);
  });

  it('checks the groups with the real codes and launches nothing', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const group = async (params: Record<string, unknown> = {}) =>
      (await engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId, ...params })).SecurityGroupId;
    const basic = await group();
    const advanced = await group({ SecurityGroupType: 'enterprise' });
    const { VpcId: otherVpc } = await engine.call('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: '10.0.0.0/8' });
    const elsewhere = await group({ VpcId: otherVpc });
    const { VpcId: beijingVpc } = await engine.call('CreateVpc', { RegionId: 'cn-beijing' });
    const beijing = (await engine.call('CreateSecurityGroup', { RegionId: 'cn-beijing', VpcId: beijingVpc }))
      .SecurityGroupId;
    const many = [basic];
    for (let i = 0; i < engine.profile.limits.groupsPerInterface; i++) many.push(await group());

    const run = (SecurityGroupIds: unknown) =>
      engine.call('RunInstances', {
        RegionId: 'cn-hangzhou',
        VSwitchId: vSwitchId,
        ImageId: IMAGE,
        SecurityGroupIds: SecurityGroupIds as string[],
      });
    await expectCode(run(['sg-nope']), 'InvalidSecurityGroupId.NotFound');
    await expectCode(run([beijing]), 'InvalidSecurityGroupId.NotFound');
    await expectCode(run([basic, elsewhere]), 'InvalidParameter.Mismatch');
    await expectCode(run([basic, advanced]), 'InvalidOperation.MultiGroupType');
    await expectCode(run([basic, basic]), 'InvalidParameter.SecurityGroupIdRepeated');
    await expectCode(run(many), 'JoinedGroupLimitExceed');
    await expectCode(run([42]), 'InvalidParameter');
    await expectCode(run(basic), 'InvalidParameter');
    expect((await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).TotalCount).toBe(0);
    expect(await run(many.slice(0, engine.profile.limits.groupsPerInterface))).toHaveProperty('InstanceIdSets');
  });

  it('fails with QuotaExceed.SecurityGroup when the region has no room for the default group', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    await engine.batch(async (call) => {
      for (let i = 0; i < engine.profile.limits.groupsPerRegion; i++) {
        await call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId });
      }
    });
    await expectCode(
      engine.call('RunInstances', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE }),
      'QuotaExceed.SecurityGroup',
    );
    expect((await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).TotalCount).toBe(0);
  });
});
