import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { patchStoredGroup, storedRows, worldWithDatabase } from '../../test/group-support.ts';

const R = 'cn-hangzhou';
const IMAGE = 'aliyun_3_x64_20G_alibase_20240101.vhd';

/** A target group referenced by two others (one rule each way, plus one unrelated rule). */
async function referencedWorld() {
  const world = await worldWithDatabase();
  const { engine, vpcId } = world;
  const create = async () => (await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId })).SecurityGroupId;
  const target = await create();
  const web = await create();
  const app = await create();
  await engine.call('AuthorizeSecurityGroup', {
    RegionId: R,
    SecurityGroupId: web,
    Permissions: [
      { IpProtocol: 'TCP', PortRange: '22/22', SourceGroupId: target },
      { IpProtocol: 'TCP', PortRange: '80/80', SourceGroupId: target },
      { IpProtocol: 'TCP', PortRange: '443/443', SourceCidrIp: '0.0.0.0/0' },
    ],
  });
  await engine.call('AuthorizeSecurityGroupEgress', {
    RegionId: R,
    SecurityGroupId: app,
    Permissions: [{ IpProtocol: 'TCP', PortRange: '3306/3306', DestGroupId: target }],
  });
  return { ...world, target, web, app };
}

const ruleCount = async (engine: Awaited<ReturnType<typeof referencedWorld>>['engine'], id: string) =>
  (await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId: id })).Permissions.Permission
    .length;

describe('ForceDeleteSecurityGroup', () => {
  it('removes the rules that reference the group, then the group, in one go', async () => {
    const { engine, target, web, app } = await referencedWorld();
    await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId: target }),
      'DependencyViolation',
    );
    const res = await engine.call('ForceDeleteSecurityGroup', { RegionId: R, SecurityGroupId: target });
    expect(res.RevokedRuleCount).toBe(3);
    expect(await ruleCount(engine, web)).toBe(1);
    expect(await ruleCount(engine, app)).toBe(0);
    await expectCode(
      engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId: target }),
      'InvalidSecurityGroupId.NotFound',
    );
  });

  it('deletes a group nothing references, revoking nothing', async () => {
    const { engine, web } = await referencedWorld();
    expect(
      (await engine.call('ForceDeleteSecurityGroup', { RegionId: R, SecurityGroupId: web })).RevokedRuleCount,
    ).toBe(0);
  });

  it('refuses bad parameters and unknown groups with Delete’s codes, storing nothing', async () => {
    const { engine, db, target } = await referencedWorld();
    const before = storedRows(db);
    const cases: [Record<string, unknown>, string][] = [
      [{ RegionId: '', SecurityGroupId: target }, 'MissingParameter.RegionId'],
      [{ RegionId: 'mars-1', SecurityGroupId: target }, 'InvalidRegionId.NotFound'],
      [{ RegionId: R, SecurityGroupId: '' }, 'MissingParameter.SecurityGroupId'],
      [{ RegionId: R, SecurityGroupId: 'sg-missing' }, 'InvalidSecurityGroup.NotFound'],
    ];
    for (const [params, code] of cases)
      await expectCode(engine.call('ForceDeleteSecurityGroup', params as never), code);
    expect(storedRows(db)).toBe(before);
  });

  it('refuses a managed group and a protected one, storing nothing', async () => {
    const { engine, db, target, web } = await referencedWorld();
    await engine.call('ModifySecurityGroupDeletionProtection', {
      RegionId: R,
      SecurityGroupId: target,
      DeletionProtection: true,
    });
    await patchStoredGroup(engine, db, web, { ServiceManaged: true, ServiceID: 'cs.aliyuncs.com' });
    const before = storedRows(db);
    await expectCode(
      engine.call('ForceDeleteSecurityGroup', { RegionId: R, SecurityGroupId: web }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    await expectCode(
      engine.call('ForceDeleteSecurityGroup', { RegionId: R, SecurityGroupId: target }),
      'InvalidOperation.DeletionProtection',
    );
    expect(storedRows(db)).toBe(before);
  });

  it('refuses a group with member interfaces, storing nothing', async () => {
    const { engine, db, vpcId, target } = await referencedWorld();
    const { VSwitchId } = await engine.call('CreateVSwitch', {
      RegionId: R,
      VpcId: vpcId,
      ZoneId: 'cn-hangzhou-h',
      CidrBlock: '172.16.1.0/24',
    });
    await engine.call('RunInstances', { RegionId: R, VSwitchId, ImageId: IMAGE, SecurityGroupIds: [target] });
    const before = storedRows(db);
    const error = await expectCode(
      engine.call('ForceDeleteSecurityGroup', { RegionId: R, SecurityGroupId: target }),
      'DependencyViolation',
    );
    expect(error.Message).toBe('There is still instance(s) in the specified security group.');
    expect(storedRows(db)).toBe(before);
  });

  it('refuses when a managed group references it, since that rule cannot be removed', async () => {
    const { engine, db, target, app } = await referencedWorld();
    await patchStoredGroup(engine, db, app, { ServiceManaged: true, ServiceID: 'cs.aliyuncs.com' });
    const before = storedRows(db);
    const error = await expectCode(
      engine.call('ForceDeleteSecurityGroup', { RegionId: R, SecurityGroupId: target }),
      'DependencyViolation',
    );
    expect(error.Message).toContain(app);
    expect(storedRows(db)).toBe(before);
  });
});
