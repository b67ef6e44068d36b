import type { RulePolicy } from '../model/security-group.ts';
import { problem, type Problem } from './problem.ts';

/** Policy in any case (`Accept`, `drop`); absent means accept; null when invalid. */
export function parsePolicy(value: unknown): RulePolicy | null {
  if (value === undefined || value === null || value === '') return 'accept';
  if (typeof value !== 'string') return null;
  const lower = value.trim().toLowerCase();
  return lower === 'accept' || lower === 'drop' ? lower : null;
}

export function policyProblem(value: unknown): Problem | null {
  if (parsePolicy(value) !== null) return null;
  return problem('InvalidPolicy.Malformed', 'The specified parameter Policy is not valid. Valid values: accept, drop.');
}
