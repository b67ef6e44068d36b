import { defineAction } from '../define.ts';

export interface DescribeRegionsParams {
  /** Accepted for symmetry with other calls; the list is always the profile's full list. */
  RegionId?: string;
}

export interface RegionView {
  RegionId: string;
  LocalName: string;
  RegionEndpoint: string;
  /** `available` (the API's other value, `soldOut`, never happens here: the emulator sells out of nothing). */
  Status: 'available';
}

export interface DescribeRegionsResponse {
  Regions: { Region: RegionView[] };
}

/**
 * Lists the regions of the cloud profile.
 * @throws nothing
 */
export const describeRegions = defineAction<DescribeRegionsParams, DescribeRegionsResponse>({
  readOnly: true,
  run(ctx) {
    return {
      Regions: {
        Region: ctx.profile.regions.map(({ RegionId, LocalName, RegionEndpoint }) => ({
          RegionId,
          LocalName,
          RegionEndpoint,
          Status: 'available',
        })),
      },
    };
  },
});
