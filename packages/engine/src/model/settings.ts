/** Account-level settings: one row, id ACCOUNT_SETTINGS_ID, in table `settings`. */
export interface AccountSettings {
  /** Service names of the service-linked roles the user has authorised (e.g. the snapshot service's). */
  ServiceLinkedRoles: string[];
  /** How far the simulated time runs ahead of the injected clock (AdvanceClock). */
  ClockOffsetMs: number;
}

export const ACCOUNT_SETTINGS_ID = 'account';

export const DEFAULT_SETTINGS: AccountSettings = Object.freeze({ ServiceLinkedRoles: [], ClockOffsetMs: 0 });

/** The stored settings, or the defaults of a world that never changed them. */
export function settingsOf(source: {
  get(table: 'settings', id: string): AccountSettings | undefined;
}): AccountSettings {
  return source.get('settings', ACCOUNT_SETTINGS_ID) ?? DEFAULT_SETTINGS;
}
