/** The world's own bookkeeping: the ID seed and counter, so IDs continue across reloads. */
export interface WorldMeta {
  IdSeed: string;
  IdCounter: number;
  /** The name of the seed the world was built from: `empty`, `demo`, ... */
  World: string;
  CreatedAt: string;
}
