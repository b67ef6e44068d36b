import { describe, expect, it } from 'vitest';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

describe('DescribeRegions', () => {
  it('lists every region of the profile with its endpoint, and nothing else', async () => {
    const { engine } = await emptyWorldWithVpc();
    const res = await engine.call('DescribeRegions', {});
    expect(res.Regions.Region.map((r) => r.RegionId)).toEqual(engine.profile.regions.map((r) => r.RegionId));
    expect(res.Regions.Region[0]).toEqual({
      RegionId: 'cn-hangzhou',
      LocalName: 'China (Hangzhou)',
      RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com',
      Status: 'available',
    });
    expect(res.RequestId).not.toBe('');
  });
});
