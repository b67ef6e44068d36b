import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const REGION = 'cn-hangzhou';
const IMAGE = 'aliyun_3_x64_20G_alibase_20240101.vhd';

async function world() {
  const { engine, vSwitchId } = await emptyWorldWithVpc();
  const run = (extra: Record<string, unknown>) =>
    engine.call('RunInstances', { RegionId: REGION, VSwitchId: vSwitchId, ImageId: IMAGE, ...extra });
  const describe = async (extra: Record<string, unknown> = {}) =>
    (await engine.call('DescribeInstances', { RegionId: REGION, MaxResults: 100, ...extra })).Instances.Instance;
  return { engine, run, describe };
}

describe('RunInstances billing and public bandwidth', () => {
  it('answers a pay-as-you-go instance without public bandwidth as the real API does', async () => {
    const { run, describe } = await world();
    await run({});
    expect((await describe())[0]).toMatchObject({
      InstanceChargeType: 'PostPaid',
      ExpiredTime: '2099-12-31T15:59Z',
      InternetChargeType: 'PayByTraffic',
      InternetMaxBandwidthOut: 0,
      InternetMaxBandwidthIn: 10,
      PublicIpAddress: { IpAddress: [] },
      IoOptimized: true,
    });
  });

  it('makes a subscription that expires after its period, in months or weeks', async () => {
    const { run, describe } = await world();
    const [monthly] = (await run({ InstanceChargeType: 'PrePaid', Period: 3 })).InstanceIdSets.InstanceIdSet;
    const [weekly] = (await run({ InstanceChargeType: 'PrePaid', Period: '2', PeriodUnit: 'Week' })).InstanceIdSets
      .InstanceIdSet;
    const byId = new Map((await describe()).map((i) => [i.InstanceId, i]));
    // The world's clock starts at 2026-01-01T00:00:00Z.
    expect(byId.get(monthly!)).toMatchObject({ InstanceChargeType: 'PrePaid', ExpiredTime: '2026-04-01T00:00Z' });
    expect(byId.get(weekly!)).toMatchObject({ InstanceChargeType: 'PrePaid', ExpiredTime: '2026-01-15T00:00Z' });
  });

  it('refuses a subscription without a valid period, and unknown charge types, storing nothing', async () => {
    const { run, describe } = await world();
    expect((await expectCode(run({ InstanceChargeType: 'PrePaid' }), 'MissingParameter')).Field).toBe('Period');
    expect((await expectCode(run({ InstanceChargeType: 'PrePaid', Period: 10 }), 'InvalidPeriod')).Field).toBe(
      'Period',
    );
    await expectCode(run({ InstanceChargeType: 'PrePaid', Period: 5, PeriodUnit: 'Week' }), 'InvalidPeriod');
    await expectCode(
      run({ InstanceChargeType: 'PrePaid', Period: 1, PeriodUnit: 'Year' }),
      'InvalidPeriodUnit.ValueNotSupported',
    );
    await expectCode(run({ InstanceChargeType: 'Monthly' }), 'InvalidInstanceChargeType.ValueNotSupported');
    await expectCode(run({ InternetChargeType: 'PayByMood' }), 'InvalidInternetChargeType.ValueNotSupported');
    expect((await expectCode(run({ InternetMaxBandwidthOut: 101 }), 'InvalidParameter')).Field).toBe(
      'InternetMaxBandwidthOut',
    );
    expect(await describe()).toEqual([]);
  });

  it('gives each instance launched with outbound bandwidth its own public IP, found by the filter', async () => {
    const { run, describe } = await world();
    const ids = (await run({ Amount: 3, InternetMaxBandwidthOut: 5, InternetChargeType: 'PayByBandwidth' }))
      .InstanceIdSets.InstanceIdSet;
    await run({});
    const withIp = (await describe()).filter((i) => ids.includes(i.InstanceId));
    const publicIps = withIp.map((i) => i.PublicIpAddress.IpAddress[0]!);
    expect(new Set(publicIps).size).toBe(3);
    for (const ip of publicIps) expect(ip).toMatch(/^47\.96\.\d+\.\d+$/);
    expect(withIp[0]).toMatchObject({
      InternetChargeType: 'PayByBandwidth',
      InternetMaxBandwidthOut: 5,
      InternetMaxBandwidthIn: 10,
    });
    const found = await describe({ PublicIpAddresses: JSON.stringify([publicIps[1]]) });
    expect(found.map((i) => i.PublicIpAddress.IpAddress[0])).toEqual([publicIps[1]]);
    expect(await describe({ InternetChargeType: 'PayByBandwidth' })).toHaveLength(3);
    expect(await describe({ InternetChargeType: 'PayByTraffic' })).toHaveLength(1);
  });

  it('filters by charge type, I/O optimisation and creation or expiry windows (Filter.N)', async () => {
    const { engine, run, describe } = await world();
    await run({ InstanceChargeType: 'PrePaid', Period: 1 });
    await engine.call('AdvanceClock', { Minutes: 10 * 24 * 60 });
    await run({});
    expect(await describe({ InstanceChargeType: 'PrePaid' })).toHaveLength(1);
    expect(await describe({ InstanceChargeType: 'PostPaid' })).toHaveLength(1);
    expect(await describe({ IoOptimized: false })).toEqual([]);
    expect(await describe({ IoOptimized: true })).toHaveLength(2);
    const created = (from: string) => describe({ Filter: [{ Key: 'CreationStartTime', Value: from }] });
    expect(await created('2026-01-05T00:00Z')).toHaveLength(1);
    expect(await created('2025-12-31T00:00Z')).toHaveLength(2);
    const expiring = await describe({ Filter: [{ Key: 'ExpiredEndTime', Value: '2026-03-01T00:00Z' }] });
    expect(expiring.map((i) => i.InstanceChargeType)).toEqual(['PrePaid']);
    const refused = await expectCode(describe({ Filter: [{ Key: 'Color', Value: 'x' }] }), 'InvalidFilterKey.NotFound');
    expect(refused.Field).toBe('Filter.1.Key');
    await expectCode(describe({ Filter: [{ Key: 'CreationEndTime', Value: 'yesterday' }] }), 'InvalidFilterValue');
  });

  it('refuses a launch template, since the world has none', async () => {
    const { run, describe } = await world();
    const refused = await expectCode(run({ LaunchTemplateId: 'lt-bp1abc' }), 'InvalidLaunchTemplate.NotFound');
    expect(refused.Field).toBe('LaunchTemplateId');
    await expectCode(run({ LaunchTemplateName: 'web' }), 'InvalidLaunchTemplate.NotFound');
    expect(await describe()).toEqual([]);
  });
});
