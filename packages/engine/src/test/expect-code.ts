import { expect } from 'vitest';
import { EngineError } from '../errors.ts';

/** Asserts that a call rejects with an EngineError of this Code, and returns the error. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<EngineError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${code}, but the call succeeded`).toBeInstanceOf(EngineError);
  const error = caught as EngineError;
  expect(error.Code).toBe(code);
  expect(error.RequestId).not.toBe('');
  expect(error.HttpStatus).toBeGreaterThanOrEqual(400);
  return error;
}
