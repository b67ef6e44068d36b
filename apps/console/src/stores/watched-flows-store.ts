import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { flowKey, type TrafficFlow } from '../views/traffic-flow.ts';

/**
 * Flows the user watches (from Check traffic): the rule editor shows which of them an unsaved change would open
 * or close. UI-only state, kept in this browser's localStorage; the verdicts always come from the engine.
 */
interface WatchedFlowsState {
  flows: TrafficFlow[];
  flowWatched: (flow: TrafficFlow) => void;
  flowUnwatched: (flow: TrafficFlow) => void;
}

export const useWatchedFlows = create<WatchedFlowsState>()(
  persist(
    (set) => ({
      flows: [],
      flowWatched: (flow) =>
        set((s) => (s.flows.some((f) => flowKey(f) === flowKey(flow)) ? s : { flows: [...s.flows, flow] })),
      flowUnwatched: (flow) => set((s) => ({ flows: s.flows.filter((f) => flowKey(f) !== flowKey(flow)) })),
    }),
    { name: 'sg-console.watched-flows', version: 1 },
  ),
);

export function isWatched(flows: TrafficFlow[], flow: TrafficFlow): boolean {
  return flows.some((f) => flowKey(f) === flowKey(flow));
}
