import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Engine, ResponseOf } from '@sg/engine';
import type { RuleLike } from '@sg/engine/forms';
import { evaluateTrafficParams, type TrafficFlow } from '../../../views/traffic-flow.ts';
import { securityGroupKeys } from './security-group-queries.ts';

export interface WatchedFlowOutcome {
  flow: TrafficFlow;
  /** The verdicts with the stored rules and with the unsaved ones; null when the flow cannot be checked. */
  now: ResponseOf<'EvaluateTraffic'> | null;
  after: ResponseOf<'EvaluateTraffic'> | null;
  error: unknown;
}

/**
 * Every watched flow judged twice by the engine: with the group's stored rules, and with `rules` (the group's
 * whole unsaved rule list, both directions) in their place.
 */
export function watchedFlowOutcomesQuery(
  engine: Engine,
  regionId: string,
  groupId: string,
  flows: TrafficFlow[],
  rules: RuleLike[],
) {
  return queryOptions({
    queryKey: [...securityGroupKeys.detail(regionId, groupId), 'watched-flows', flows, rules] as const,
    queryFn: async () => {
      const outcomes: WatchedFlowOutcome[] = [];
      for (const flow of flows) {
        const params = evaluateTrafficParams(flow);
        try {
          const now = await engine.call('EvaluateTraffic', params);
          const after = await engine.call('EvaluateTraffic', {
            ...params,
            RuleOverrides: [{ SecurityGroupId: groupId, Rules: rules }],
          });
          outcomes.push({ flow, now, after, error: null });
        } catch (error) {
          outcomes.push({ flow, now: null, after: null, error });
        }
      }
      return outcomes;
    },
    enabled: flows.length > 0,
    placeholderData: keepPreviousData,
  });
}
