import { effectiveRules } from '../../evaluate/effective-rules.ts';
import type { Direction } from '../../model/security-group.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { effectiveRuleView, type EffectiveRuleView } from './effective-rule-view.ts';
import { readDirection, regionIndex, requireSubject } from './evaluation-params.ts';

export interface DescribeEffectiveRulesParams {
  RegionId: string;
  /** The interface; or InstanceId for the instance's primary interface. */
  NetworkInterfaceId?: string;
  InstanceId?: string;
  /** ingress, egress, or all (the default). */
  Direction?: Direction | 'all';
}

export interface DescribeEffectiveRulesResponse {
  NetworkInterfaceId: string;
  /** Inbound entries first, then outbound, each direction in evaluation order. */
  EffectiveRules: { EffectiveRule: EffectiveRuleView[] };
}

/**
 * Ours, in the API's style: every rule of all the interface's groups in the order they are applied (priority,
 * then drop before accept), each with its group, and the implicit defaults where they act: the platform's
 * outbound TCP 25 block first, the Accept internal policy above the rules, the Drop internal policy below them,
 * and the type's default last.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidParam.EniIdAndInstanceId.Conflict,
 * MissingParameter.InstanceId, InvalidInstanceId.NotFound, InvalidEniId.NotFound, InvalidParameter.Direction
 */
export const describeEffectiveRules = defineAction<DescribeEffectiveRulesParams, DescribeEffectiveRulesResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const eni = requireSubject(ctx, region.RegionId, params);
    const direction = readDirection(params.Direction, true);
    const index = regionIndex(ctx, region.RegionId);
    return {
      NetworkInterfaceId: eni.NetworkInterfaceId,
      EffectiveRules: {
        EffectiveRule: effectiveRules(index, eni, direction).map((entry) => effectiveRuleView(index, entry)),
      },
    };
  },
});
