import type { Problem } from '@sg/engine/forms';

/** A validator's problem or an engine error as a field shows it: `Code: Message`, the engine's own words. */
export function problemText(problem: Pick<Problem, 'Code' | 'Message'> | null): string | null {
  return problem ? `${problem.Code}: ${problem.Message}` : null;
}
