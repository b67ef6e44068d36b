import type { CloudName, WorldSeed } from '@sg/engine';
import { largeWorldAt } from '@sg/engine/seeds';

/**
 * The large world of a cloud, or null where there is none: only Alibaba has one (its rules, regions and images are
 * Alibaba's). `scale` is the `scale` query parameter of `?world=large`: a number above 0 and at most 1 builds a
 * smaller large world (the end-to-end tests use 0.05); anything else, or none, the full one (10,000 instances,
 * 500 groups, 100,000 rules).
 */
export function largeWorldFor(cloud: CloudName, scale: string | null = null): WorldSeed | null {
  if (cloud !== 'alibaba') return null;
  const asked = scale === null ? NaN : Number(scale);
  return largeWorldAt(asked > 0 && asked <= 1 ? asked : 1);
}
