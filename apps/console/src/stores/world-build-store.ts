import { create } from 'zustand';

/** How far a world's build is (a first start or a World menu reset), in the seed's units; null when none runs. */
export interface WorldBuild {
  /** The seed's name: `large`, `demo`, ... */
  world: string;
  done: number;
  total: number;
}

interface WorldBuildState {
  build: WorldBuild | null;
  reported: (build: WorldBuild) => void;
  finished: () => void;
}

export const useWorldBuild = create<WorldBuildState>((set) => ({
  build: null,
  reported: (build) => set({ build }),
  finished: () => set({ build: null }),
}));
