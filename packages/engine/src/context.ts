import type { Profile } from './profiles/profile.ts';
import type { Transaction } from './transaction.ts';

/** What an action (and every helper it calls) sees: its transaction, the call's time, ID minting and the profile. */
export interface ActionContext {
  tx: Transaction;
  /** The call's time, epoch milliseconds: the injected clock plus the world's simulated offset (AdvanceClock). */
  now: number;
  /** The call's time as the API prints it (ISO-8601 UTC). */
  time: string;
  /** Mints a new resource ID in the real format, e.g. newId('sg', 'cn-hangzhou'). */
  newId(prefix: string, regionId?: string): string;
  profile: Profile;
}
