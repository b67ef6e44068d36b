import { describeRegions } from './describe-regions.ts';
import { describeZones } from './describe-zones.ts';

export const regionActions = {
  DescribeRegions: describeRegions,
  DescribeZones: describeZones,
};
