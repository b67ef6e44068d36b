import { create } from 'zustand';

/** What the browser storage told us that the user must act on (UI-only state, shared by shell and boot). */
export type StorageAlert = 'blocked' | 'version-changed' | null;

interface StorageStatusState {
  alert: StorageAlert;
  storageBlocked: () => void;
  /** The storage opened: a wait for other tabs is over, so its message goes. */
  storageOpened: () => void;
  storageVersionChanged: () => void;
}

export const useStorageStatus = create<StorageStatusState>((set) => ({
  alert: null,
  storageBlocked: () => set({ alert: 'blocked' }),
  storageOpened: () => set((state) => (state.alert === 'blocked' ? { alert: null } : state)),
  storageVersionChanged: () => set({ alert: 'version-changed' }),
}));
