import type { Permission } from '../model/permission.ts';
import type { RuleDialect } from '../profiles/profile.ts';

/** What evaluation orders rules by. */
export interface OrderKey {
  priority: number;
  drop: boolean;
}

/** Evaluation order within a group: smaller priority number first, then drop before accept; ties keep their order. */
export function compareEvaluationOrder(a: OrderKey, b: OrderKey): number {
  return a.priority - b.priority || Number(b.drop) - Number(a.drop);
}

const keyOf = (rule: Pick<Permission, 'Priority' | 'Policy'>): OrderKey => ({
  priority: Number(rule.Priority),
  drop: rule.Policy === 'Drop',
});

/**
 * Rules as DescribeSecurityGroupAttribute returns them, in the order evaluation reads them: by priority (a stable
 * sort), or as stored where the rules' position decides (Tencent) or order does not matter (JD).
 */
export function inEvaluationOrder<T extends Pick<Permission, 'Priority' | 'Policy'>>(
  rules: readonly T[],
  ordering: RuleDialect['ordering'] = 'priority',
): T[] {
  if (ordering !== 'priority') return [...rules];
  return [...rules].sort((a, b) => compareEvaluationOrder(keyOf(a), keyOf(b)));
}
