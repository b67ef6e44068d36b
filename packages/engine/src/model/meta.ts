/** The world's own bookkeeping: the ID seed and counter, so IDs continue across reloads. */
export interface WorldMeta {
  IdSeed: string;
  IdCounter: number;
  World: 'empty' | 'demo';
  CreatedAt: string;
}
