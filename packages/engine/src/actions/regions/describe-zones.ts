import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { localName, readAnswerLanguage } from './answer-language.ts';

export interface DescribeZonesParams {
  RegionId: string;
  /** `en-US` (default), `zh-CN` or `ja`: the language of LocalName. */
  AcceptLanguage?: string;
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
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidAcceptLanguage.ValueNotSupported
 */
export const describeZones = defineAction<DescribeZonesParams, DescribeZonesResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const language = readAnswerLanguage(params.AcceptLanguage);
    return {
      Zones: {
        Zone: region.Zones.map(({ ZoneId, LocalName, LocalNames }) => ({
          ZoneId,
          LocalName: localName(LocalName, LocalNames, language),
          ZoneType: 'AvailabilityZone',
        })),
      },
    };
  },
});
