import { describeEffectiveRules } from './describe-effective-rules.ts';
import { describeReachability } from './describe-reachability.ts';
import { evaluateTraffic } from './evaluate-traffic.ts';

/** Ours, in the API's style: what the groups of an interface let through (spec §8). */
export const evaluationActions = {
  DescribeEffectiveRules: describeEffectiveRules,
  EvaluateTraffic: evaluateTraffic,
  DescribeReachability: describeReachability,
};
