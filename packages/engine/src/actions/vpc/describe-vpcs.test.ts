import { describe, expect, it } from 'vitest';
import type { ManualClock } from '../../clock.ts';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

describe('DescribeVpcs', () => {
  it("lists the region's VPCs with their vSwitch IDs and paging fields", async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const res = await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou' });
    expect(res.TotalCount).toBe(1);
    expect(res.PageNumber).toBe(1);
    expect(res.PageSize).toBe(10);
    expect(res.Vpcs.Vpc).toEqual([
      {
        VpcId: vpcId,
        RegionId: 'cn-hangzhou',
        VpcName: 'test-vpc',
        Description: '',
        CidrBlock: '172.16.0.0/12',
        IsDefault: false,
        Status: 'Available',
        CreationTime: '2026-01-01T00:00:00Z',
        VSwitchIds: { VSwitchId: [vSwitchId] },
      },
    ]);
    expect((await engine.call('DescribeVpcs', { RegionId: 'cn-beijing' })).TotalCount).toBe(0);
  });

  it('filters by one or several comma-separated IDs and by exact name', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const { VpcId: other } = await engine.call('CreateVpc', {
      RegionId: 'cn-hangzhou',
      VpcName: 'other',
      CidrBlock: '10.0.0.0/8',
    });
    const byId = await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', VpcId: other });
    expect(byId.Vpcs.Vpc.map((v) => v.VpcId)).toEqual([other]);
    const both = await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', VpcId: `${vpcId}, ${other}` });
    expect(both.TotalCount).toBe(2);
    const byName = await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', VpcName: 'test-vpc' });
    expect(byName.Vpcs.Vpc.map((v) => v.VpcId)).toEqual([vpcId]);
    expect((await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', VpcName: 'test' })).TotalCount).toBe(0);
    // No VPC of this world is a default one.
    expect((await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', IsDefault: true })).TotalCount).toBe(0);
    expect((await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', IsDefault: false })).TotalCount).toBe(2);
  });

  it('pages newest first and rejects bad paging and regions', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    (engine.clock as ManualClock).advance(1000);
    const { VpcId: newer } = await engine.call('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: '10.0.0.0/8' });
    const first = await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', PageSize: 1 });
    const second = await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', PageSize: 1, PageNumber: 2 });
    expect([first.Vpcs.Vpc[0]?.VpcId, second.Vpcs.Vpc[0]?.VpcId]).toEqual([newer, vpcId]);
    expect(first.TotalCount).toBe(2);
    await expectCode(engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', PageSize: 51 }), 'InvalidParameter');
    await expectCode(engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou', PageNumber: 0 }), 'InvalidParameter');
    await expectCode(engine.call('DescribeVpcs', { RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(engine.call('DescribeVpcs', { RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
  });
});
