import { EngineError } from '../errors.ts';

/**
 * A validation finding with its real error code. Validators return problems instead of throwing so
 * that console forms can show them next to a field before submitting; actions turn them into errors.
 */
export interface Problem {
  Code: string;
  Message: string;
  HttpStatus: number;
}

export function problem(Code: string, Message: string, HttpStatus = 400): Problem {
  return { Code, Message, HttpStatus };
}

/** Throws the problem as an EngineError naming the parameter it is about. */
export function assertNoProblem(found: Problem | null, field?: string): void {
  if (found) throw new EngineError(found.Code, found.Message, found.HttpStatus, field);
}
