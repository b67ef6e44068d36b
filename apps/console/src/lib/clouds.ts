import {
  alibabaProfile,
  jdcloudProfile,
  tencentProfile,
  type CloudName,
  type Profile,
  type WorldSeed,
} from '@sg/engine';
import { demoWorld, jdcloudDemoWorld, tencentDemoWorld } from '@sg/engine/seeds';

/**
 * The clouds the console can be, each with its own world: the engine's profile, its demo world, and the IndexedDB
 * database and change channel it is kept in (Alibaba keeps the names it always had, so existing worlds stay).
 */
export interface CloudInfo {
  name: CloudName;
  profile: Profile;
  demoWorld: WorldSeed;
  databaseName: string;
  channelName: string;
}

export const CLOUDS: Readonly<Record<CloudName, CloudInfo>> = {
  alibaba: {
    name: 'alibaba',
    profile: alibabaProfile,
    demoWorld,
    databaseName: 'sg-console',
    channelName: 'sg-console-changes',
  },
  tencent: {
    name: 'tencent',
    profile: tencentProfile,
    demoWorld: tencentDemoWorld,
    databaseName: 'sg-console-tencent',
    channelName: 'sg-console-tencent-changes',
  },
  jdcloud: {
    name: 'jdcloud',
    profile: jdcloudProfile,
    demoWorld: jdcloudDemoWorld,
    databaseName: 'sg-console-jdcloud',
    channelName: 'sg-console-jdcloud-changes',
  },
};

export const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[];

/** Links written before the console had several clouds are Alibaba's. */
export const DEFAULT_CLOUD: CloudName = 'alibaba';

export const isCloudName = (value: string | undefined): value is CloudName =>
  CLOUD_NAMES.some((name) => name === value);

/** The region a cloud opens on: its first. */
export const defaultRegionOf = (cloud: CloudName): string => CLOUDS[cloud].profile.regions[0]?.RegionId ?? '';
