import { advanceClock } from './advance-clock.ts';
import { describeClock } from './describe-clock.ts';
import { runScheduledTasks } from './run-scheduled-tasks.ts';

/** The world's (simulated) time and the work it makes due: the emulator's own actions. */
export const clockActions = {
  AdvanceClock: advanceClock,
  DescribeClock: describeClock,
  RunScheduledTasks: runScheduledTasks,
};
