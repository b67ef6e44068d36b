import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

describe('DescribeZones', () => {
  it("lists the region's zones", async () => {
    const { engine } = await emptyWorldWithVpc();
    const res = await engine.call('DescribeZones', { RegionId: 'ap-southeast-1' });
    expect(res.Zones.Zone).toEqual([
      { ZoneId: 'ap-southeast-1-a', LocalName: 'Singapore Zone A', ZoneType: 'AvailabilityZone' },
      { ZoneId: 'ap-southeast-1-b', LocalName: 'Singapore Zone B', ZoneType: 'AvailabilityZone' },
      { ZoneId: 'ap-southeast-1-c', LocalName: 'Singapore Zone C', ZoneType: 'AvailabilityZone' },
    ]);
  });

  it('needs a known RegionId', async () => {
    const { engine } = await emptyWorldWithVpc();
    await expectCode(engine.call('DescribeZones', { RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(engine.call('DescribeZones', { RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
  });
});
