import type { Profile } from './profile.ts';

/** What an engine error or a validator's problem says: its code, message and HTTP status. */
export interface CodedProblem {
  Code: string;
  Message: string;
  HttpStatus: number;
}

/**
 * A code the engine raised by Alibaba's name, in the cloud's terms (the profile's `errors`, the first matching
 * rule): the cloud's code and HTTP status, and its message where the cloud words it differently. A code no rule
 * matches stays as it is. The door translates every error with this, and a form its early checks, so both show
 * the same code.
 */
export function problemInCloudTerms<P extends CodedProblem>(
  problem: P,
  profile: Pick<Profile, 'errors'>,
): P | CodedProblem {
  const own = profile.errors.find((rule) => rule.match.test(problem.Code));
  if (!own) return problem;
  return {
    Code: own.Code,
    Message: own.Message ?? problem.Message,
    HttpStatus: own.HttpStatus ?? problem.HttpStatus,
  };
}
