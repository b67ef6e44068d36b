import { problem, type Problem } from './problem.ts';

export const DEFAULT_PRIORITY = 1;

/** Priority as an integer 1–100 from a string or number; the default for an absent value; null if invalid. */
export function parsePriority(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return DEFAULT_PRIORITY;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 100 ? n : null;
}

/** Priority: 1 (highest, the default) to 100. System rules use 110, but users cannot set it. */
export function priorityProblem(value: unknown): Problem | null {
  if (parsePriority(value) !== null) return null;
  return problem('InvalidPriority.Malformed', 'The parameter Priority is invalid. Valid values: 1 to 100.');
}
