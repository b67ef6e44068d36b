import { create } from 'zustand';

/** What the browser storage told us that the user must act on (UI-only state, shared by shell and boot). */
export type StorageAlert = 'blocked' | 'version-changed' | null;

interface StorageStatusState {
  alert: StorageAlert;
  storageBlocked: () => void;
  storageVersionChanged: () => void;
}

export const useStorageStatus = create<StorageStatusState>((set) => ({
  alert: null,
  storageBlocked: () => set({ alert: 'blocked' }),
  storageVersionChanged: () => set({ alert: 'version-changed' }),
}));
