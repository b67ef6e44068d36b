import { runDueWork, type DueWorkResult } from '../../snapshots/run-due-work.ts';
import { defineAction } from '../define.ts';

export type RunScheduledTasksParams = Record<string, never>;

export type RunScheduledTasksResponse = DueWorkResult;

/**
 * Ours, not the API's: takes the snapshots and expiries that are due now. Every call does this first anyway; the
 * console calls this on a timer (every few seconds) so due work also happens while the user only watches, and
 * `engine.runDueWork()` is a shortcut for it. It writes nothing when nothing is due.
 */
export const runScheduledTasks = defineAction<RunScheduledTasksParams, RunScheduledTasksResponse>({
  readOnly: false,
  run(ctx) {
    return runDueWork(ctx);
  },
});
