import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

describe('DescribeVSwitches', () => {
  it('shows a vSwitch with its free address count and no internal fields', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const res = await engine.call('DescribeVSwitches', { RegionId: 'cn-hangzhou' });
    expect(res).toMatchObject({ TotalCount: 1, PageNumber: 1, PageSize: 10 });
    expect(res.VSwitches.VSwitch).toEqual([
      {
        VSwitchId: vSwitchId,
        VpcId: vpcId,
        RegionId: 'cn-hangzhou',
        ZoneId: 'cn-hangzhou-h',
        VSwitchName: 'test-vsw',
        Description: '',
        CidrBlock: '172.16.1.0/24',
        Status: 'Available',
        IsDefault: false,
        CreationTime: '2026-01-01T00:00:00Z',
        AvailableIpAddressCount: 252,
      },
    ]);
  });

  it('counts the addresses that instances take', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    await engine.call('RunInstances', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE, Amount: 3 });
    const res = await engine.call('DescribeVSwitches', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId });
    expect(res.VSwitches.VSwitch[0]?.AvailableIpAddressCount).toBe(249);
  });

  it('filters by VPC, zone and ID, and pages', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const { VSwitchId: other } = await engine.call('CreateVSwitch', {
      RegionId: 'cn-hangzhou',
      VpcId: vpcId,
      ZoneId: 'cn-hangzhou-i',
      CidrBlock: '172.16.2.0/24',
    });
    const { VpcId: otherVpc } = await engine.call('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: '10.0.0.0/8' });
    const ids = async (params: Record<string, unknown>) =>
      (await engine.call('DescribeVSwitches', { RegionId: 'cn-hangzhou', ...params })).VSwitches.VSwitch.map(
        (v) => v.VSwitchId,
      );
    expect((await ids({ VpcId: vpcId })).sort()).toEqual([vSwitchId, other].sort());
    expect(await ids({ VpcId: otherVpc })).toEqual([]);
    expect(await ids({ ZoneId: 'cn-hangzhou-i' })).toEqual([other]);
    expect(await ids({ VSwitchId: vSwitchId })).toEqual([vSwitchId]);
    const pages = [...(await ids({ PageSize: 1 })), ...(await ids({ PageSize: 1, PageNumber: 2 }))];
    expect(pages.sort()).toEqual([vSwitchId, other].sort());
    await expectCode(engine.call('DescribeVSwitches', { RegionId: 'cn-hangzhou', PageSize: 51 }), 'InvalidParameter');
    await expectCode(engine.call('DescribeVSwitches', { RegionId: 'nowhere' }), 'InvalidRegionId.NotFound');
    await expectCode(engine.call('DescribeVSwitches', { RegionId: '' }), 'MissingParameter.RegionId');
  });
});
