import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine.ts';
import type { MemoryDatabase } from '../../memory-storage.ts';
import { rule } from '../../test/evaluation-fixtures.ts';
import { expectCode } from '../../test/expect-code.ts';
import { patchStoredGroup, storedRows, worldWithDatabase } from '../../test/group-support.ts';

const HZ = 'cn-hangzhou';
const SH = 'cn-shanghai';

/**
 * A source group in cn-hangzhou holding every kind of rule, some of which no action can make (priority 110,
 * prefix and port lists), written from outside as a service or an old world would:
 * ssh (CIDR, 1), web (group reference, 5), pl (prefix list), prl (port list), sys (ALL at 110) and
 * sys100 (the same as sys at 100: a duplicate once sys is lowered to 100).
 */
async function cloneWorld(): Promise<{
  engine: Engine;
  db: MemoryDatabase;
  vpcId: string;
  otherVpcId: string;
  shanghaiVpcId: string;
  sourceId: string;
  refId: string;
}> {
  const { engine, db, vpcId } = await worldWithDatabase();
  const { VpcId: otherVpcId } = await engine.call('CreateVpc', { RegionId: HZ, CidrBlock: '10.0.0.0/8' });
  const { VpcId: shanghaiVpcId } = await engine.call('CreateVpc', { RegionId: SH, CidrBlock: '192.168.0.0/16' });
  const create = async (SecurityGroupName: string) =>
    (
      await engine.call('CreateSecurityGroup', {
        RegionId: HZ,
        VpcId: vpcId,
        SecurityGroupName,
        Description: 'the web tier',
        Tag: [{ Key: 'env', Value: 'prod' }],
      })
    ).SecurityGroupId;
  const sourceId = await create('web');
  const refId = await create('lb');
  await patchStoredGroup(engine, db, sourceId, {
    Rules: [
      rule('ssh', 'ingress', 'accept', 1, 'TCP', '22/22', '10.0.0.0/8'),
      rule('web', 'ingress', 'accept', 5, 'TCP', '80/80', refId),
      rule('pl', 'ingress', 'accept', 1, 'TCP', '443/443', '', { SourcePrefixListId: 'pl-123' }),
      rule('prl', 'ingress', 'accept', 1, 'TCP', '', '0.0.0.0/0', { PortRangeListId: 'prl-123' }),
      rule('sys', 'egress', 'accept', 110, 'ALL', '-1/-1', '0.0.0.0/0'),
      rule('sys100', 'egress', 'accept', 100, 'ALL', '-1/-1', '0.0.0.0/0'),
    ],
  });
  return { engine, db, vpcId, otherVpcId, shanghaiVpcId, sourceId, refId };
}

const base = (w: { sourceId: string }, destination: string, vpcId: string) => ({
  RegionId: HZ,
  SecurityGroupId: w.sourceId,
  DestinationRegionId: destination,
  DestinationVpcId: vpcId,
  SecurityGroupName: 'web-copy',
  RetainRules: true,
  CopyTags: true,
});

const leftBehind = (res: { LeftBehind: { Permission: { SecurityGroupRuleId: string }; Code: string }[] }) =>
  res.LeftBehind.map((l) => [l.Permission.SecurityGroupRuleId, l.Code]);

async function describe_(engine: Engine, regionId: string, groupId: string) {
  return engine.call('DescribeSecurityGroupAttribute', { RegionId: regionId, SecurityGroupId: groupId });
}

describe('CloneSecurityGroup', () => {
  it('within the region and VPC keeps group references, lowers 110 to 100 and copies tags', async () => {
    const w = await cloneWorld();
    const res = await w.engine.call('CloneSecurityGroup', base(w, HZ, w.vpcId));
    // Prefix and port lists are checked as Authorize checks them; these lists do not exist.
    expect(leftBehind(res)).toEqual([
      ['sgr-pl', 'InvalidPrefixListId.NotFound'],
      ['sgr-prl', 'InvalidPortRangeListId.NotFound'],
      ['sgr-sys100', 'InvalidOperation.RuleDuplicate'],
    ]);
    expect(res.CopiedRuleCount).toBe(3);
    const copy = await describe_(w.engine, HZ, res.SecurityGroupId);
    expect(copy.SecurityGroupName).toBe('web-copy');
    expect(copy.Description).toBe('the web tier');
    expect(copy.VpcId).toBe(w.vpcId);
    expect(copy.Tags.Tag).toEqual([{ TagKey: 'env', TagValue: 'prod' }]);
    const rules = copy.Permissions.Permission;
    expect(rules.map((p) => [p.Direction, p.PortRange, p.SourceCidrIp, p.SourceGroupId, p.Priority])).toEqual([
      ['ingress', '22/22', '10.0.0.0/8', '', '1'],
      ['ingress', '80/80', '', w.refId, '5'],
      ['egress', '-1/-1', '', '', '100'],
    ]);
    expect(rules.every((p) => p.SecurityGroupRuleId.startsWith('sgr-') && p.SecurityGroupRuleId.length > 8)).toBe(true);
  });

  it('across regions leaves every reference behind with the reason', async () => {
    const w = await cloneWorld();
    const res = await w.engine.call('CloneSecurityGroup', { ...base(w, SH, w.shanghaiVpcId), CopyTags: false });
    expect(leftBehind(res)).toEqual([
      ['sgr-web', 'NotSupported.CrossRegionReference'],
      ['sgr-pl', 'NotSupported.CrossRegionReference'],
      ['sgr-prl', 'NotSupported.CrossRegionReference'],
      ['sgr-sys100', 'InvalidOperation.RuleDuplicate'],
    ]);
    expect(res.LeftBehind[0]!.Reason).toContain(w.refId);
    expect(res.LeftBehind[0]!.Permission.Priority).toBe('5');
    const copy = await describe_(w.engine, SH, res.SecurityGroupId);
    expect(copy.RegionId).toBe(SH);
    expect(copy.Tags.Tag).toEqual([]);
    expect(copy.Permissions.Permission.map((p) => [p.PortRange, p.Priority])).toEqual([
      ['22/22', '1'],
      ['-1/-1', '100'],
    ]);
    // The source is untouched.
    const source = await describe_(w.engine, HZ, w.sourceId);
    expect(source.Permissions.Permission.map((p) => p.Priority)).toEqual(['1', '5', '1', '1', '110', '100']);
  });

  it('within the region to another VPC leaves the group reference behind with Authorize code', async () => {
    const w = await cloneWorld();
    const res = await w.engine.call('CloneSecurityGroup', base(w, HZ, w.otherVpcId));
    expect(leftBehind(res)[0]).toEqual(['sgr-web', 'InvalidSourceGroupId.Mismatch']);
  });

  it('into an advanced group leaves group references behind', async () => {
    const w = await cloneWorld();
    const res = await w.engine.call('CloneSecurityGroup', { ...base(w, HZ, w.vpcId), SecurityGroupType: 'enterprise' });
    expect(leftBehind(res)[0]).toEqual(['sgr-web', 'InvalidGroupParameter.OperationDenied']);
    const copy = await describe_(w.engine, HZ, res.SecurityGroupId);
    expect(copy.SecurityGroupType).toBe('enterprise');
    expect(copy.InnerAccessPolicy).toBe('Drop');
  });

  it('without RetainRules copies no rule and leaves none behind; the type defaults to the source', async () => {
    const w = await cloneWorld();
    const res = await w.engine.call('CloneSecurityGroup', { ...base(w, SH, w.shanghaiVpcId), RetainRules: false });
    expect(res.LeftBehind).toEqual([]);
    expect(res.CopiedRuleCount).toBe(0);
    const copy = await describe_(w.engine, SH, res.SecurityGroupId);
    expect(copy.Permissions.Permission).toEqual([]);
    expect(copy.SecurityGroupType).toBe('normal');
    expect(copy.Tags.Tag).toEqual([{ TagKey: 'env', TagValue: 'prod' }]);
  });

  it('the plan shows exactly what the clone does and writes nothing', async () => {
    const w = await cloneWorld();
    const params = base(w, SH, w.shanghaiVpcId);
    const before = storedRows(w.db);
    const plan = await w.engine.call('DescribeCloneSecurityGroupPlan', params);
    expect(storedRows(w.db)).toBe(before);
    expect(plan.Tags).toEqual([{ TagKey: 'env', TagValue: 'prod' }]);
    expect(plan.Copied.map((c) => [c.SourceSecurityGroupRuleId, c.PriorityLowered, c.Permission.Priority])).toEqual([
      ['sgr-ssh', false, '1'],
      ['sgr-sys', true, '100'],
    ]);
    expect(plan.Copied.every((c) => c.Permission.SecurityGroupRuleId === '' && c.Permission.CreateTime === '')).toBe(
      true,
    );
    const res = await w.engine.call('CloneSecurityGroup', params);
    expect(res.LeftBehind).toEqual(plan.LeftBehind);
    const copy = await describe_(w.engine, SH, res.SecurityGroupId);
    const strip = <T extends { SecurityGroupRuleId: string; CreateTime: string }>(p: T) => ({
      ...p,
      SecurityGroupRuleId: '',
      CreateTime: '',
    });
    expect(copy.Permissions.Permission.map(strip)).toEqual(plan.Copied.map((c) => c.Permission));
  });

  it('refuses bad input with CreateSecurityGroup codes, named by the clone fields, and writes nothing', async () => {
    const w = await cloneWorld();
    const before = storedRows(w.db);
    const ok = base(w, SH, w.shanghaiVpcId);
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ SecurityGroupName: '1bad' }, 'InvalidSecurityGroupName.Malformed', 'SecurityGroupName'],
      [{ Description: 'x' }, 'InvalidDescription.Malformed', 'Description'],
      [{ DestinationVpcId: 'vpc-nope' }, 'InvalidVpcId.NotFound', 'DestinationVpcId'],
      [{ DestinationVpcId: w.vpcId }, 'InvalidVpcId.NotFound', 'DestinationVpcId'],
      [{ DestinationVpcId: '' }, 'InvalidVpcId.NotFound', 'DestinationVpcId'],
      [{ DestinationRegionId: '' }, 'MissingParameter.DestinationRegionId', 'DestinationRegionId'],
      [{ DestinationRegionId: 'mars-1' }, 'InvalidRegionId.NotFound', 'DestinationRegionId'],
      [{ SecurityGroupType: 'premium' }, 'InvalidParams.GroupType', 'SecurityGroupType'],
      [{ SecurityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound', 'SecurityGroupId'],
      [{ RegionId: SH }, 'InvalidSecurityGroupId.NotFound', 'SecurityGroupId'],
      [{ RetainRules: 'yes' }, 'InvalidParameter', 'RetainRules'],
      [{ SecurityGroupName: 42 }, 'InvalidParameter', 'SecurityGroupName'],
    ];
    for (const [patch, code, field] of cases) {
      for (const action of ['CloneSecurityGroup', 'DescribeCloneSecurityGroupPlan'] as const) {
        const error = await expectCode(w.engine.call(action, { ...ok, ...patch } as never), code);
        expect(error.Field, `${code} ${JSON.stringify(patch)}`).toBe(field);
      }
    }
    await expectCode(w.engine.call('CloneSecurityGroup', { ...ok, DryRun: true }), 'DryRunOperation');
    expect(storedRows(w.db)).toBe(before);
  });

  it('refuses a clone over the destination group quota', async () => {
    const w = await cloneWorld();
    for (let i = 0; i < 100; i++) {
      await w.engine.call('CreateSecurityGroup', { RegionId: SH, VpcId: w.shanghaiVpcId });
    }
    await expectCode(w.engine.call('CloneSecurityGroup', base(w, SH, w.shanghaiVpcId)), 'QuotaExceed.SecurityGroup');
  });
});
