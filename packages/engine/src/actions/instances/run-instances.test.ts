import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const UBUNTU = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';
const WINDOWS = 'win2022_21H2_x64_dtc_en-us_40G_alibase_20240101.vhd';
const ALINUX = 'aliyun_3_x64_20G_alibase_20240101.vhd';

describe('RunInstances', () => {
  it('launches a running instance with a primary interface holding the first free IP', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const res = await engine.call('RunInstances', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: UBUNTU });
    expect(res.InstanceIdSets.InstanceIdSet).toHaveLength(1);
    const id = res.InstanceIdSets.InstanceIdSet[0]!;
    expect(id).toMatch(/^i-bp1[a-z0-9]{17}$/);
    const [instance] = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance;
    expect(instance).toMatchObject({
      InstanceId: id,
      InstanceName: id,
      ZoneId: 'cn-hangzhou-h',
      InstanceType: 'ecs.g7.large',
      ImageId: UBUNTU,
      OSType: 'linux',
      OSName: 'Ubuntu 22.04 64-bit',
      Status: 'Running',
      CreationTime: '2026-01-01T00:00:00Z',
      VpcAttributes: { VpcId: vpcId, VSwitchId: vSwitchId, PrivateIpAddress: { IpAddress: ['172.16.1.4'] } },
    });
    const [eni] = instance!.NetworkInterfaces.NetworkInterface;
    expect(eni).toMatchObject({ Type: 'Primary', PrimaryIpAddress: '172.16.1.4' });
    expect(eni!.NetworkInterfaceId).toMatch(/^eni-bp1/);
    expect(eni!.MacAddress).toMatch(/^00:16:3e(:[0-9a-f]{2}){3}$/);
    const enis = await engine.call('DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', InstanceId: id });
    expect(enis.NetworkInterfaceSets.NetworkInterfaceSet[0]?.Status).toBe('InUse');
  });

  it('gives a batch consecutive IPs, distinct MACs and numbered names', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    const base = { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: UBUNTU };
    await engine.call('RunInstances', { ...base, Amount: 3, InstanceName: 'web', UniqueSuffix: true });
    await engine.call('RunInstances', { ...base, Amount: 2, InstanceName: 'node-[8,4]-k8s' });
    await engine.call('RunInstances', { ...base, Amount: 2, InstanceName: 'same' });
    const list = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou', MaxResults: 100 })).Instances
      .Instance;
    expect(list.map((i) => i.InstanceName).sort()).toEqual(
      ['node-0008-k8s', 'node-0009-k8s', 'same', 'same', 'web001', 'web002', 'web003'].sort(),
    );
    const ips = list.map((i) => i.VpcAttributes.PrivateIpAddress.IpAddress[0]).sort();
    expect(ips).toEqual([
      '172.16.1.10',
      '172.16.1.4',
      '172.16.1.5',
      '172.16.1.6',
      '172.16.1.7',
      '172.16.1.8',
      '172.16.1.9',
    ]);
    const macs = new Set(list.map((i) => i.NetworkInterfaces.NetworkInterface[0]?.MacAddress));
    expect(macs.size).toBe(7);
  });

  it('reads the OS from the image ID', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    for (const ImageId of [WINDOWS, ALINUX]) {
      await engine.call('RunInstances', {
        RegionId: 'cn-hangzhou',
        VSwitchId: vSwitchId,
        ImageId,
        InstanceType: 'ecs.c7.xlarge',
      });
    }
    const list = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance;
    const byImage = new Map(list.map((i) => [i.ImageId, i]));
    expect(byImage.get(WINDOWS)).toMatchObject({
      OSType: 'windows',
      OSName: 'Windows Server 2022 Datacenter 64-bit (English)',
    });
    expect(byImage.get(ALINUX)).toMatchObject({
      OSType: 'linux',
      OSName: 'Alibaba Cloud Linux 3 64-bit',
      InstanceType: 'ecs.c7.xlarge',
    });
  });

  it('gives the same IDs and MACs for the same seed', async () => {
    const run = async () => {
      const { engine, vSwitchId } = await emptyWorldWithVpc('seed-x');
      await engine.call('RunInstances', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: UBUNTU });
      return (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance;
    };
    expect(await run()).toEqual(await run());
  });

  it('rejects bad input with the real codes and launches nothing', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const base = { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: UBUNTU };
    const run = (params: Record<string, unknown>) => engine.call('RunInstances', { ...base, ...params });
    await expectCode(run({ RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(run({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    const missing = await expectCode(run({ VSwitchId: '' }), 'MissingParameter');
    expect(missing.Field).toBe('VSwitchId');
    await expectCode(run({ ImageId: undefined }), 'MissingParameter');
    await expectCode(run({ VSwitchId: 'vsw-nope' }), 'InvalidVSwitchId.NotFound');
    await expectCode(run({ RegionId: 'cn-beijing' }), 'InvalidVSwitchId.NotFound');
    await expectCode(run({ ZoneId: 'cn-hangzhou-i' }), 'InvalidParameter.Mismatch');
    await expectCode(run({ ImageId: 'ubuntu_latest' }), 'InvalidImageId.NotFound');
    await expectCode(run({ ImageId: 'plan9_4_x64_20G_alibase_20240101.vhd' }), 'InvalidImageId.NotFound');
    await expectCode(run({ InstanceType: 'g7.large' }), 'InvalidInstanceType.ValueNotSupported');
    for (const Amount of [0, 101, 1.5, 'many']) await expectCode(run({ Amount }), 'InvalidParam.Amount');
    for (const InstanceName of ['1web', 'a', 'http://x', 'has space', 'x'.repeat(129)]) {
      await expectCode(run({ InstanceName }), 'InvalidInstanceName.Malformed');
    }
    await expectCode(
      run({ InstanceName: 'x'.repeat(126), UniqueSuffix: true, Amount: 2 }),
      'InvalidParams.InstanceNameExceed',
    );
    await expectCode(run({ UniqueSuffix: 'yes' }), 'InvalidParameter');
    expect((await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).TotalCount).toBe(0);
    expect((await engine.call('DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', VpcId: vpcId })).TotalCount).toBe(
      0,
    );
  });

  it('fails with InvalidVSwitchId.IpNotEnough when the block runs out, all or nothing', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const { VSwitchId } = await engine.call('CreateVSwitch', {
      RegionId: 'cn-hangzhou',
      VpcId: vpcId,
      ZoneId: 'cn-hangzhou-i',
      CidrBlock: '172.16.9.0/29',
    });
    const base = { RegionId: 'cn-hangzhou', VSwitchId, ImageId: UBUNTU };
    await expectCode(engine.call('RunInstances', { ...base, Amount: 5 }), 'InvalidVSwitchId.IpNotEnough');
    expect((await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).TotalCount).toBe(0);
    await engine.call('RunInstances', { ...base, Amount: 4 });
    const ips = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance.map(
      (i) => i.VpcAttributes.PrivateIpAddress.IpAddress[0],
    );
    expect(ips.sort()).toEqual(['172.16.9.4', '172.16.9.5', '172.16.9.6', '172.16.9.7']);
    const err = await expectCode(engine.call('RunInstances', base), 'InvalidVSwitchId.IpNotEnough');
    expect(err.HttpStatus).toBe(403);
    const vsw = await engine.call('DescribeVSwitches', { RegionId: 'cn-hangzhou', VSwitchId });
    expect(vsw.VSwitches.VSwitch[0]?.AvailableIpAddressCount).toBe(0);
  });
});
