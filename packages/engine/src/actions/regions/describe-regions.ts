import { defineAction } from '../define.ts';
import { localName, readAnswerLanguage } from './answer-language.ts';

export interface DescribeRegionsParams {
  /** Accepted for symmetry with other calls; the list is always the profile's full list. */
  RegionId?: string;
  /** `en-US` (default), `zh-CN` or `ja`: the language of LocalName. */
  AcceptLanguage?: string;
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
 * @throws InvalidAcceptLanguage.ValueNotSupported
 */
export const describeRegions = defineAction<DescribeRegionsParams, DescribeRegionsResponse>({
  readOnly: true,
  run(ctx, params) {
    const language = readAnswerLanguage(params.AcceptLanguage);
    return {
      Regions: {
        Region: ctx.profile.regions.map(({ RegionId, LocalName, LocalNames, RegionEndpoint }) => ({
          RegionId,
          LocalName: localName(LocalName, LocalNames, language),
          RegionEndpoint,
          Status: 'available',
        })),
      },
    };
  },
});
