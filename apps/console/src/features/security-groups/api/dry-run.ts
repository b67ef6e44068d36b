import { isEngineError, type EngineError } from '@sg/engine';

/**
 * Asks the engine whether a call would succeed without making it: `DryRun: true` rejects with
 * DryRunOperation when the call would pass, and with the real error otherwise.
 * Resolves to null when the call would succeed, else to the engine's error.
 */
export async function dryRunProblem(run: () => Promise<unknown>): Promise<EngineError | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (isEngineError(error)) return error.Code === 'DryRunOperation' ? null : error;
    throw error;
  }
}
