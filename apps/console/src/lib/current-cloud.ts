import type { CloudName } from '@sg/engine';
import { DEFAULT_CLOUD, isCloudName } from './clouds.ts';

/**
 * The cloud the console shows, set by the cloud's route before anything under it renders, so path builders can
 * put it in every link (`/tencent/ap-guangzhou/...`). Also remembered, so `/` opens the cloud last used.
 */
let current: CloudName = DEFAULT_CLOUD;
const LAST_CLOUD_KEY = 'sg-console:last-cloud';

export const currentCloud = (): CloudName => current;

export function enterCloud(cloud: CloudName): void {
  current = cloud;
  try {
    localStorage.setItem(LAST_CLOUD_KEY, cloud);
  } catch {
    // Storage may be unavailable (private mode): the URL still says which cloud is shown.
  }
}

export function lastCloud(): CloudName {
  try {
    const stored = localStorage.getItem(LAST_CLOUD_KEY) ?? undefined;
    return isCloudName(stored) ? stored : DEFAULT_CLOUD;
  } catch {
    return DEFAULT_CLOUD;
  }
}
