import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';

export interface DescribeZonesParams {
  RegionId: string;
}

export interface ZoneView {
  ZoneId: string;
  LocalName: string;
  /** `AvailabilityZone`: every zone here is a regular one (the API also knows dedicated zones). */
  ZoneType: 'AvailabilityZone';
}

export interface DescribeZonesResponse {
  Zones: { Zone: ZoneView[] };
}

/**
 * Lists the zones of one region.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound
 */
export const describeZones = defineAction<DescribeZonesParams, DescribeZonesResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    return {
      Zones: {
        Zone: region.Zones.map(({ ZoneId, LocalName }) => ({ ZoneId, LocalName, ZoneType: 'AvailabilityZone' })),
      },
    };
  },
});
