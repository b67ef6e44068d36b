import type { Limits, Profile } from './profile.ts';

/** Limits raised for one world, as the real console's quota increases (Quota Center) raise an account's. */
export type QuotaIncreases = Readonly<Partial<Record<keyof Limits, number>>>;

const raised = new WeakMap<Profile, WeakMap<QuotaIncreases, Profile>>();

/** `profile` with `increases` over its limits; the same object for the same two, so callers may compare it. */
export function withQuotaIncreases(profile: Profile, increases: QuotaIncreases | undefined): Profile {
  if (!increases) return profile;
  let byIncreases = raised.get(profile);
  if (!byIncreases) raised.set(profile, (byIncreases = new WeakMap()));
  let result = byIncreases.get(increases);
  if (!result) {
    result = { ...profile, limits: { ...profile.limits, ...increases } };
    byIncreases.set(increases, result);
  }
  return result;
}
