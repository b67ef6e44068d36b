import { isoTime } from '../../clock.ts';
import { settingsOf } from '../../model/settings.ts';
import { defineAction } from '../define.ts';

export type DescribeClockParams = Record<string, never>;

export interface DescribeClockResponse {
  /** The world's time: the real (or injected) clock plus the simulated offset. */
  CurrentTime: string;
  CurrentTimeMs: number;
  /** How far AdvanceClock has moved the world ahead; 0 when it runs on real time. */
  OffsetMs: number;
  /** When the next pending snapshot is due, '' when none is pending. */
  NextDueTime: string;
}

/**
 * Ours, not the API's: the world's current (possibly simulated) time, for the console's clock display.
 */
export const describeClock = defineAction<DescribeClockParams, DescribeClockResponse>({
  readOnly: true,
  run(ctx) {
    const due = ctx.tx.all('snapshotSchedules').map((s) => s.DueAtMs);
    return {
      CurrentTime: ctx.time,
      CurrentTimeMs: ctx.now,
      OffsetMs: settingsOf(ctx.tx).ClockOffsetMs,
      NextDueTime: due.length ? isoTime(Math.min(...due)) : '',
    };
  },
});
