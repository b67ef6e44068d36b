import { describe, expect, it } from 'vitest';
import type { ManualClock } from '../../clock.ts';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

async function worldWithInstances() {
  const world = await emptyWorldWithVpc();
  const { engine, vpcId, vSwitchId } = world;
  const base = { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE };
  const web = (await engine.call('RunInstances', { ...base, Amount: 3, InstanceName: 'web-[1,2]' })).InstanceIdSets
    .InstanceIdSet;
  (engine.clock as ManualClock).advance(1000);
  const { SecurityGroupId: dbGroup } = await engine.call('CreateSecurityGroup', {
    RegionId: 'cn-hangzhou',
    VpcId: vpcId,
  });
  const { VSwitchId: dbSwitch } = await engine.call('CreateVSwitch', {
    RegionId: 'cn-hangzhou',
    VpcId: vpcId,
    ZoneId: 'cn-hangzhou-i',
    CidrBlock: '172.16.2.0/24',
  });
  const [db] = (
    await engine.call('RunInstances', { ...base, VSwitchId: dbSwitch, InstanceName: 'db', SecurityGroupIds: [dbGroup] })
  ).InstanceIdSets.InstanceIdSet;
  return { ...world, web, db: db!, dbGroup, dbSwitch };
}

describe('DescribeInstances', () => {
  it('lists newest first with the API paging fields', async () => {
    const { engine, db, web } = await worldWithInstances();
    const res = await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' });
    expect(res).toMatchObject({ TotalCount: 4, PageNumber: 1, PageSize: 10, NextToken: '' });
    expect(res.Instances.Instance[0]?.InstanceId).toBe(db);
    expect(
      res.Instances.Instance.slice(1)
        .map((i) => i.InstanceId)
        .sort(),
    ).toEqual([...web].sort());
    expect((await engine.call('DescribeInstances', { RegionId: 'cn-shanghai' })).TotalCount).toBe(0);
  });

  it('filters by IDs, VPC, vSwitch, zone, status, name and security group', async () => {
    const { engine, vpcId, db, web, dbGroup, dbSwitch } = await worldWithInstances();
    const ids = async (params: Record<string, unknown>) =>
      (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou', ...params })).Instances.Instance.map(
        (i) => i.InstanceId,
      ).sort();
    expect(await ids({ InstanceIds: [db, web[0]] })).toEqual([db, web[0]].sort());
    expect(await ids({ InstanceIds: JSON.stringify([db]) })).toEqual([db]);
    expect(await ids({ InstanceIds: [] })).toEqual([]);
    expect(await ids({ VpcId: vpcId })).toHaveLength(4);
    expect(await ids({ VpcId: 'vpc-other' })).toEqual([]);
    expect(await ids({ VSwitchId: dbSwitch })).toEqual([db]);
    expect(await ids({ ZoneId: 'cn-hangzhou-h' })).toEqual([...web].sort());
    expect(await ids({ InstanceName: 'web-02' })).toEqual([web[1]]);
    expect(await ids({ InstanceName: 'web-*' })).toEqual([...web].sort());
    expect(await ids({ InstanceName: 'web' })).toEqual([]);
    expect(await ids({ SecurityGroupId: dbGroup })).toEqual([db]);
    await engine.call('StopInstance', { InstanceId: db });
    expect(await ids({ Status: 'Stopped' })).toEqual([db]);
    expect(await ids({ Status: 'Running' })).toEqual([...web].sort());
  });

  it('pages by token and by page number', async () => {
    const { engine } = await worldWithInstances();
    const seen: string[] = [];
    let token = '';
    let calls = 0;
    do {
      const res = await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou', MaxResults: 3, NextToken: token });
      seen.push(...res.Instances.Instance.map((i) => i.InstanceId));
      token = res.NextToken;
      calls++;
    } while (token !== '');
    expect(calls).toBe(2);
    expect(new Set(seen).size).toBe(4);
    const all = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance.map(
      (i) => i.InstanceId,
    );
    expect(seen).toEqual(all);
    const page2 = await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou', PageNumber: 2, PageSize: 3 });
    expect(page2).toMatchObject({ PageNumber: 2, PageSize: 3, TotalCount: 4, NextToken: '' });
    expect(page2.Instances.Instance.map((i) => i.InstanceId)).toEqual(all.slice(3));
  });

  it('rejects bad filters and paging', async () => {
    const { engine } = await worldWithInstances();
    const call = (params: Record<string, unknown>) =>
      engine.call('DescribeInstances', { RegionId: 'cn-hangzhou', ...params });
    await expectCode(call({ InstanceIds: 'i-abc' }), 'InvalidInstanceIds.Malformed');
    await expectCode(call({ InstanceIds: [1, 2] }), 'InvalidInstanceIds.Malformed');
    await expectCode(
      call({ InstanceIds: Array.from({ length: 101 }, (_, i) => `i-${i}`) }),
      'InvalidInstanceIds.Malformed',
    );
    await expectCode(call({ NextToken: 'page-2' }), 'InvalidNextToken.Malformed');
    await expectCode(call({ MaxResults: 101 }), 'InvalidParameter');
    await expectCode(call({ PageSize: 101 }), 'InvalidParameter');
    await expectCode(call({ RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
  });
});
