/** The world's own bookkeeping: the ID seed and counter, so IDs continue across reloads. */
export interface WorldMeta {
  IdSeed: string;
  IdCounter: number;
  /** The name of the seed the world was built from: `empty`, `demo`, ... */
  World: string;
  CreatedAt: string;
  /**
   * Quotas raised above the cloud's defaults for this world (`WorldSeed.quotaIncreases`), by limit name
   * (`Limits` in profiles/profile.ts); absent when none.
   */
  QuotaIncreases?: Readonly<Partial<Record<string, number>>>;
}
