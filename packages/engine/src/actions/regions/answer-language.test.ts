import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

describe('AcceptLanguage on DescribeRegions and DescribeZones', () => {
  it('names regions and zones in English by default, in Chinese or Japanese when asked', async () => {
    const { engine } = await emptyWorldWithVpc();
    const region = async (AcceptLanguage?: string) =>
      (await engine.call('DescribeRegions', { AcceptLanguage })).Regions.Region[0]!.LocalName;
    const zone = async (AcceptLanguage?: string) =>
      (await engine.call('DescribeZones', { RegionId: 'cn-hangzhou', AcceptLanguage })).Zones.Zone[0]!.LocalName;
    expect(await region()).toBe('China (Hangzhou)');
    expect(await region('en-US')).toBe('China (Hangzhou)');
    expect(await region('zh-CN')).toBe('华东1（杭州）');
    expect(await region('ja')).toBe('中国 (杭州)');
    expect(await zone()).toBe('Hangzhou Zone H');
    expect(await zone('zh-CN')).toBe('杭州 可用区H');
    expect(await zone('ja')).toBe('杭州 ゾーン H');
  });

  it('refuses a language the API does not offer', async () => {
    const { engine } = await emptyWorldWithVpc();
    const error = await expectCode(
      engine.call('DescribeRegions', { AcceptLanguage: 'fr-FR' }),
      'InvalidAcceptLanguage.ValueNotSupported',
    );
    expect(error.Field).toBe('AcceptLanguage');
    await expectCode(
      engine.call('DescribeZones', { RegionId: 'cn-hangzhou', AcceptLanguage: 'de' }),
      'InvalidAcceptLanguage.ValueNotSupported',
    );
  });
});
